import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEV_ADMIN } from '../../cms/dev-admin.js';
import { createTestApi, type TestApi } from '../support/api.js';
import { contractOperation } from '../support/contract.js';
import { seedSample } from '../support/seed.js';
import { registration } from '../register/support.js';
import { axeFindings, described } from './accessibility.js';
import { launchChromium } from './chromium.js';
import { localCmsServerEnvironment, startCmsServer, type CmsServer } from './cms-server.js';
import { signInThroughForm } from './page-problems.js';
import { productionBuild, productionBuildFolder } from './production-build.js';

/**
 * A moderator's round in the Moderation view, in headless Chromium on the production build (one server for
 * the file): decisions confirmed in the page's own dialog (never the browser's), and the decided
 * associations found again through the association search, with their history in Swedish words.
 */
const artifacts = resolve(import.meta.dirname, '../../test-results');
let api: TestApi;
let cms: CmsServer;
let browser: Browser;
let page: Page;
/** Every native dialog (alert, confirm, prompt) the page opened: there must be none. */
const nativeDialogs: string[] = [];

const approved = { name: 'Dialogrutans förening', account: 'account-dialog-approved', number: '' };
const rejected = { name: 'Avslagen i dialogrutan', account: 'account-dialog-rejected', number: '' };

beforeAll(async () => {
  api = await createTestApi();
  // Districts, so that a registration can name one; and the example register beside the new ones.
  await seedSample(api);
  for (const association of [approved, rejected]) {
    const input = registration({ name: association.name });
    association.number = input.organisationNumber;
    const answer = await api.graphql(
      contractOperation('RegisterAssociation'),
      { input },
      { token: await api.token('association', association.account) },
    );
    expect(answer.body.errors).toBeUndefined();
  }
  await productionBuild();
  cms = await startCmsServer({
    env: {
      ...localCmsServerEnvironment({ endpoint: inject('dynamoEndpoint'), tableName: api.config.dynamo.tableName }),
      ...productionBuildFolder,
    },
    mode: 'production',
  });
  // The local admin that npm run dev creates, in a context of the test's own (axe opens a page of its own in it).
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.setDefaultTimeout(120_000);
  await signInThroughForm(page, cms.url, DEV_ADMIN.email, DEV_ADMIN.password);
  page.on('dialog', (dialog) => {
    nativeDialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  mkdirSync(artifacts, { recursive: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

/** The associations' names the public register lists. */
async function publicRegister(): Promise<string[]> {
  const response = await api.graphql(contractOperation('Associations'), {});
  return response.body.data!.associations.edges.map((edge: { node: { name: string } }) => edge.node.name);
}

const decisionLogSays = (text: string) =>
  page.locator('[data-decision-log]').getByRole('listitem').filter({ hasText: text }).waitFor({ state: 'visible' });

/** The page's open dialog named `question`. */
const dialogAsking = (question: string): Locator => page.getByRole('dialog', { name: question });

describe('moderation in the CMS admin', () => {
  it('approves a registration and rejects another with a reason, each confirmed in the page’s own dialog', async () => {
    await page.goto(`${cms.url}/admin/moderation`);
    const row = page.locator(`[data-moderation-row="${approved.name}"]`);
    await row.waitFor({ state: 'visible' });

    // The dialog names the association, its number and what the approval does; Escape closes it, deciding nothing.
    await row.getByRole('button', { name: 'Godkänn' }).click();
    const approval = dialogAsking('Godkänna föreningen?');
    await approval.waitFor({ state: 'visible' });
    await expect.poll(() => approval.textContent()).toContain(approved.name);
    expect(await approval.textContent()).toContain(approved.number);
    expect(await approval.textContent()).toContain('Den visas då i det publika registret.');
    await page.screenshot({ path: resolve(artifacts, 'cms-moderation-approve-dialog.png') });
    await page.keyboard.press('Escape');
    await approval.waitFor({ state: 'hidden' });
    // Focus is back on the button that opened it.
    await expect
      .poll(() => row.getByRole('button', { name: 'Godkänn' }).evaluate((button) => button === document.activeElement))
      .toBe(true);
    expect(await publicRegister()).not.toContain(approved.name);

    await row.getByRole('button', { name: 'Godkänn' }).click();
    await approval.getByRole('button', { name: 'Godkänn' }).click();
    await row.waitFor({ state: 'detached' });
    await decisionLogSays(`${approved.name}: godkänd och synlig i registret`);
    expect(await publicRegister()).toContain(approved.name);

    // A rejection asks for its reason in the dialog, with the reason field focused, and refuses to go without one.
    const rejectRow = page.locator(`[data-moderation-row="${rejected.name}"]`);
    await rejectRow.getByRole('button', { name: 'Avslå' }).click();
    const rejection = dialogAsking('Avslå registreringen?');
    await rejection.waitFor({ state: 'visible' });
    expect(await rejection.textContent()).toContain(rejected.name);
    const reason = rejection.getByRole('textbox', { name: 'Skäl till avslag' });
    await expect.poll(() => reason.evaluate((field) => field === document.activeElement)).toBe(true);
    await rejection.getByRole('button', { name: 'Avslå' }).click();
    await rejection
      .getByRole('alert')
      .filter({ hasText: 'Skriv ett skäl (minst 3 tecken) innan du avslår.' })
      .waitFor({ state: 'visible' });
    // The dialog, its refusal shown, meets WCAG 2.1 AA.
    expect(described(await axeFindings(page, 'dialog[open]'))).toEqual([]);
    await reason.fill('Stadgarna saknas i ansökan.');
    await page.screenshot({ path: resolve(artifacts, 'cms-moderation-reject-dialog.png') });
    await rejection.getByRole('button', { name: 'Avslå' }).click();
    await rejectRow.waitFor({ state: 'detached' });
    await decisionLogSays(`${rejected.name}: avslagen`);
    expect(nativeDialogs).toEqual([]);
  }, 300_000);

  it('finds both again in the association list, by name and by organisation number, with their history in Swedish words', async () => {
    await page.goto(`${cms.url}/admin/moderation`);
    // First, a waiting change (the example register's): what it alters is marked in colour, and said in words.
    const change = page.locator('[data-moderation-row="Föräldranätverket i Tumba (exempel)"]');
    const marked = change.locator('[data-proposed] mark').first();
    await marked.waitFor({ state: 'visible' });
    expect(await marked.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toMatch(
      /^(transparent|rgba\(0, 0, 0, 0\))$/,
    );
    expect(await change.locator('[data-proposed] dt:has([data-changed-field])').allTextContents()).toEqual([
      'Beskrivning (ändrat)',
      'E-post (ändrat)',
    ]);

    const search = page.getByRole('searchbox', { name: 'Namn eller organisationsnummer' });
    await search.fill('DIALOGRUTAN');
    await search.press('Enter');
    await page.waitForURL(/[?&]search=DIALOGRUTAN/);
    const results = page.locator('[data-association-results]');
    await results.getByText('2 föreningar').waitFor({ state: 'visible' });
    expect(await results.locator('li[data-association-result]').allTextContents()).toEqual([
      `${rejected.name} · ${rejected.number} · avslagen`,
      `${approved.name} · ${approved.number} · godkänd`,
    ]);
    await page.screenshot({ path: resolve(artifacts, 'cms-moderation-association-search.png'), fullPage: true });

    // By its organisation number, typed without the dash.
    await search.fill(rejected.number.replace('-', ''));
    await search.press('Enter');
    await page.waitForURL(new RegExp(`search=${rejected.number.replace('-', '')}`));
    await results.getByText('1 förening').waitFor({ state: 'visible' });
    await results.getByRole('link', { name: rejected.name }).click();

    // Its page: the status, the reason and the history, open, newest first, in words.
    const rejectedPage = page.locator(`[data-association-page="${rejected.name}"]`);
    await rejectedPage.waitFor({ state: 'visible' });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(rejected.name);
    expect(await rejectedPage.locator('[data-association-status]').textContent()).toBe('avslagen');
    await rejectedPage.getByText('Stadgarna saknas i ansökan.').first().waitFor({ state: 'visible' });
    const history = rejectedPage.locator('[data-history] li');
    await history.first().waitFor({ state: 'visible' });
    expect(await history.allTextContents()).toEqual([
      expect.stringMatching(
        new RegExp(
          `^\\d{4}-\\d{2}-\\d{2} [\\d:]+ · Avslogs · av moderatorn ${DEV_ADMIN.email} · väntar på granskning → avslagen · skäl: Stadgarna saknas i ansökan\\.$`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^\\d{4}-\\d{2}-\\d{2} [\\d:]+ · Registrerade sig · av föreningen, konto ${rejected.account} · väntar på granskning$`,
        ),
      ),
    ]);
    await page.screenshot({ path: resolve(artifacts, 'cms-moderation-association-page.png'), fullPage: true });

    // Back to the list, and the approved one's page.
    await page.goBack();
    await page.goBack();
    await results.getByRole('link', { name: approved.name }).click();
    const approvedPage = page.locator(`[data-association-page="${approved.name}"]`);
    await approvedPage.waitFor({ state: 'visible' });
    expect(await approvedPage.locator('[data-association-status]').textContent()).toBe('godkänd');
    await approvedPage
      .locator('[data-history-action="ASSOCIATION_APPROVED"]')
      .getByText(new RegExp(`Godkändes · av moderatorn ${DEV_ADMIN.email} · väntar på granskning → godkänd$`))
      .waitFor({ state: 'visible' });
    expect(nativeDialogs).toEqual([]);
  }, 300_000);
});
