import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPostgresDatabase } from '../cms/support.js';
import { registration } from '../register/support.js';
import { createTestApi, type TestApi } from '../support/api.js';
import { failedWebhookDelivery } from '../support/webhook-deliveries.js';
import { contractOperation } from '../support/contract.js';
import {
  expectDoorsClosedExceptToCmsUsers,
  hardeningProblems,
  signIn,
  uploadInternalMinutes,
} from '../support/cms-doors.js';
import {
  freePort,
  importExampleContent,
  runCmsCommand,
  startCmsServer,
  withoutProjectSettings,
  type CmsServer,
} from './cms-server.js';
import { productionBuild, productionBuildFolder } from './production-build.js';
import { launchChromium } from './chromium.js';
import { adminViews, problemsOpening, signInThroughForm } from './page-problems.js';
import {
  axeFindings,
  described,
  isListed,
  payloadViolations,
  unlisted,
  type Finding,
  type PayloadView,
} from './accessibility.js';
import { loadSampleRegister } from '../../cms/seed/register.js';
import { loadSampleTrainingHistory } from '../../cms/seed/training-history.js';

/**
 * The admin as deployed: its production build (`npm run cms:build`, the step OpenNext runs), on a fresh
 * PostgreSQL database brought up by the deploy steps the README gives (cms:migrate, cms:create-admin), in
 * a deployed stage: one named `test` (a name decides nothing; only VARNA_LOCAL, never set here, makes a
 * run local), told its own address (VARNA_CMS_URL) as the stacks tell it. Its doors are checked as under
 * `next dev`.
 */
const admin = { email: 'sakerhetssamordnare@botkyrka.example', password: randomBytes(12).toString('base64url') };
let cms: CmsServer;
let dropDatabase = async () => {};
let buildOutput = '';
let browser: Browser | undefined;
let api: TestApi;
/** Whoever reached the CMS while it had no user yet, claiming it through Payload's first-register. */
let claimedWhileEmpty: { status: number; users: string[] };

beforeAll(async () => {
  api = await createTestApi();
  const payloadSecret = randomBytes(32).toString('hex');
  // The run's one build, shared with admin.test.ts: the secret is the server's, read at run time.
  buildOutput = await productionBuild();
  const database = await freshPostgresDatabase();
  dropDatabase = database.drop;
  const port = await freePort();
  const env = {
    ...withoutProjectSettings(),
    ...productionBuildFolder,
    VARNA_STAGE: 'test',
    VARNA_CMS_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: payloadSecret,
    VARNA_TABLE_NAME: api.config.dynamo.tableName,
    DYNAMODB_ENDPOINT: inject('dynamoEndpoint'),
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const migrated = await runCmsCommand('cms:migrate', [], env);
  expect(migrated.stdout, migrated.stderr).toMatch(/^Migrated: /m);
  // Up before its first admin exists: the moment whoever comes first could claim it.
  cms = await startCmsServer({ env, mode: 'production', port });
  const claimed = await fetch(`${cms.url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: cms.url },
    body: JSON.stringify({ email: 'forst@example.org', password: 'the-first-one-wins', roles: ['admin'] }),
  });
  const created = await runCmsCommand(
    'cms:create-admin',
    ['--email', admin.email, '--name', 'Säkerhetssamordnaren'],
    env,
    `${admin.password}\n`,
  );
  expect(created.stdout, created.stderr).toMatch(`Created the CMS admin ${admin.email}.`);
  claimedWhileEmpty = {
    status: claimed.status,
    users: await userEmails(await signIn(cms.url, admin.email, admin.password)),
  };
  await importExampleContent(env);
}, 600_000);

/** Chromium, launched by the first test that needs it (a `-t` filter may run any one of them alone). */
async function launched(): Promise<Browser> {
  browser ??= await launchChromium();
  return browser;
}

async function userEmails(token: string): Promise<string[]> {
  const answer = await fetch(`${cms.url}/api/users?depth=0`, { headers: { authorization: `JWT ${token}` } });
  return ((await answer.json()) as { docs: { email: string }[] }).docs.map((user) => user.email);
}

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
  await dropDatabase();
});

describe('the CMS admin built for production, in a deployed stage', () => {
  it('builds the admin and its API as server routes', () => {
    expect(buildOutput).toMatch(/ƒ \/admin\/\[\[\.\.\.segments\]\]/);
    expect(buildOutput).toMatch(/ƒ \/api\/\[\.\.\.slug\]/);
  });

  it('refused first-register while it had no user (a deployed stage named `test` is not a local run)', () => {
    expect(claimedWhileEmpty).toEqual({ status: 403, users: [admin.email] });
  });

  it('has only the admin that cms:create-admin created, refuses a short password, and keeps first-register closed', async () => {
    const editor = await signIn(cms.url, admin.email, admin.password);
    const users = () => userEmails(editor);
    expect(await users()).toEqual([admin.email]);
    const tooShort = await runCmsCommand('cms:create-admin', ['--email', 'annan@botkyrka.example'], cms.env, 'kort\n');
    expect(tooShort.code).not.toBe(0);
    expect(tooShort.stderr).toMatch(/at least 12 characters/);
    const claimed = await fetch(`${cms.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'forst@example.org', password: 'the-first-one-wins', roles: ['admin'] }),
    });
    expect(claimed.status).toBe(403);
    expect(await users()).toEqual([admin.email]);
  }, 120_000);

  it("answers an anonymous caller on every REST route of every collection with no document and no file, and an editor's session with them", async () => {
    const editor = await signIn(cms.url, admin.email, admin.password);
    await uploadInternalMinutes(cms.url, editor);
    await expectDoorsClosedExceptToCmsUsers(cms.url, editor);
  }, 300_000);

  it("takes its session cookie (Secure, SameSite=Lax) only from its own address: another site's request with it changes nothing", async () => {
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: cms.url },
      body: JSON.stringify(admin),
    });
    expect(login.status).toBe(200);
    const sessionCookie = login.headers.getSetCookie().find((cookie) => cookie.startsWith('payload-token='));
    expect(sessionCookie).toMatch(/; Secure/i);
    expect(sessionCookie).toMatch(/; HttpOnly/i);
    expect(sessionCookie).toMatch(/; SameSite=Lax/i);
    const cookie = sessionCookie!.split(';')[0]!;
    const { user } = (await login.json()) as { user: { id: number } };
    const rename = (name: string, headers: Record<string, string>) =>
      fetch(`${cms.url}/api/users/${user.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', cookie, ...headers },
        body: JSON.stringify({ name }),
      });
    const name = async () => {
      const answer = await fetch(`${cms.url}/api/users/${user.id}?depth=0`, {
        headers: { authorization: `JWT ${await signIn(cms.url, admin.email, admin.password)}` },
      });
      return ((await answer.json()) as { name: string }).name;
    };
    // A page on another site, and a cross-site request that sends no Origin (the browser's Sec-Fetch-Site says so).
    expect((await rename('Angriparen', { origin: 'https://evil.example' })).status).toBe(403);
    expect((await rename('Angriparen', { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect(await name()).toBe('Säkerhetssamordnaren');
    // The admin itself, from its own address.
    expect((await rename('Säkerhetssamordnaren i Botkyrka', { origin: cms.url })).status).toBe(200);
    expect(await name()).toBe('Säkerhetssamordnaren i Botkyrka');
    expect((await rename('Säkerhetssamordnaren', { origin: cms.url })).status).toBe(200);
  }, 120_000);

  it('keeps its pages out of frames and shared caches, asks for HTTPS only, and takes moderation decisions as JSON only', async () => {
    expect(await hardeningProblems(cms.url, await signIn(cms.url, admin.email, admin.password))).toEqual([]);
  }, 120_000);

  it('opens the Moderation view, the dashboard and an edit view of every collection in Chromium without an error', async () => {
    const page = await (await launched()).newPage();
    page.setDefaultTimeout(60_000);
    await signInThroughForm(page, cms.url, admin.email, admin.password);
    const problems: string[] = [];
    for (const view of await adminViews(cms.url, await signIn(cms.url, admin.email, admin.password)))
      problems.push(...(await problemsOpening(page, `${cms.url}${view}`)));
    expect(problems).toEqual([]);
  }, 180_000);

  it("is in Swedish, lists each kind of attention on the dashboard, and shows an association's history in Moderation", async () => {
    const page = await (await launched()).newPage();
    page.setDefaultTimeout(60_000);
    await signInThroughForm(page, cms.url, admin.email, admin.password);
    await page.locator('nav').getByText('Stödinsatser', { exact: true }).first().waitFor({ state: 'visible' });
    const attention = page.locator('[data-needs-attention]');
    await attention.waitFor({ state: 'visible' });
    for (const list of ['drafts', 'scheduled', 'failed', 'stale']) {
      expect(await attention.locator(`[data-attention="${list}"] li`).count(), list).toBeGreaterThan(0);
    }
    const owner = await api.token('association', 'account-production-history');
    const registered = await api.graphql(
      contractOperation('RegisterAssociation'),
      { input: registration({ name: 'Produktionsföreningen' }) },
      { token: owner },
    );
    expect(registered.body.errors).toBeUndefined();
    await page.goto(`${cms.url}/admin/moderation`);
    const row = page.locator('[data-moderation-row="Produktionsföreningen"]');
    await row.waitFor({ state: 'visible' });
    await row.locator('[data-history] summary').click();
    await row
      .locator('[data-history-action="ASSOCIATION_REGISTERED"]')
      .getByText(/Registrerade sig/)
      .waitFor({ state: 'visible' });
    await page.close();
  }, 180_000);
});

describe("the admin's accessibility (WCAG 2.1 AA, by axe-core)", () => {
  let context: BrowserContext;
  let page: Page;
  let editToken: string;
  /** A support resource of the example content, with rich text, in Swedish and English. */
  let resourceId: number;

  beforeAll(async () => {
    // Every kind of row the project's views list: the example register (pending registrations, a change of
    // an approved association, submitted activities), trainings held, and a delivery that ran out of attempts.
    const now = new Date();
    await loadSampleRegister(api.db, api.config.tenant, now);
    await loadSampleTrainingHistory(api.db, api.config.tenant, now, api.config.cursorSecret);
    await failedWebhookDelivery(api, 'axe-change', now);
    editToken = await signIn(cms.url, admin.email, admin.password);
    const found = await fetch(
      `${cms.url}/api/support-resources?where[key][equals]=stod-till-oroliga-anhoriga&depth=0&draft=true`,
      {
        headers: { authorization: `JWT ${editToken}` },
      },
    );
    resourceId = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id;
    // Wide enough that the navigation is open beside the view (its links are analysed too).
    context = await (await launched()).newContext({ viewport: { width: 1600, height: 1000 } });
    page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await signInThroughForm(page, cms.url, admin.email, admin.password);
  }, 180_000);

  afterAll(async () => {
    await context?.close();
  });

  const at = (where: string, findings: Finding[]) => described(findings).map((line) => `${where}: ${line}`);

  it('finds no violation in the Moderation, Reports and Webhooks views, used by keyboard', async () => {
    const problems: string[] = [];
    // Moderation: a row's history opened and a refusal without a reason tried in its dialog, by keyboard, so that both are checked too.
    await page.goto(`${cms.url}/admin/moderation`);
    const row = page.locator('[data-moderation-row]').first();
    await row.locator('[data-history] summary').press('Enter');
    await expect.poll(() => row.locator('[data-history]').getAttribute('open')).not.toBeNull();
    await row.getByRole('button', { name: /^Avslå/ }).press('Enter');
    const dialog = page.getByRole('dialog', { name: /^Avslå/ });
    await dialog.getByRole('button', { name: /^Avslå/ }).press('Enter');
    await dialog.getByRole('alert').waitFor({ state: 'visible' });
    problems.push(...at('/admin/moderation, the rejection dialog', await axeFindings(page, 'dialog[open]')));
    // Closed by Escape: the view itself is analysed without the dialog's veil over it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('[data-moderation-row]').count()).toBeGreaterThanOrEqual(3);
    problems.push(...at('/admin/moderation', await axeFindings(page, 'main[data-admin-view]')));

    // Reports: this year's figures, charts and the tables behind them.
    await page.goto(`${cms.url}/admin/reports?period=this-year`);
    await page.locator('[data-chart="coverage"] svg.recharts-surface').first().waitFor({ state: 'visible' });
    problems.push(...at('/admin/reports', await axeFindings(page, 'main[data-admin-view]')));

    // Webhooks: a failed delivery with its last error and the resend button.
    await page.goto(`${cms.url}/admin/webhooks`);
    await page.locator('[data-webhook-status="FAILED"] [data-resend]').first().waitFor({ state: 'visible' });
    problems.push(...at('/admin/webhooks', await axeFindings(page, 'main[data-admin-view]')));
    expect(problems).toEqual([]);
  }, 180_000);

  it("finds none in the project's parts of Payload's pages: the dashboard's Att göra, the navigation's links, the edit view's language banner and sync line, the Restore dialog", async () => {
    const problems: string[] = [];
    await page.goto(`${cms.url}/admin`);
    await page.locator('[data-needs-attention]').waitFor({ state: 'visible' });
    const navLinks = ['moderation', 'reports', 'webhooks'].map((view) => `a.nav__link[href="/admin/${view}"]`);
    problems.push(...at('/admin', await axeFindings(page, '[data-needs-attention]', ...navLinks)));

    const edit = `${cms.url}/admin/collections/support-resources/${resourceId}`;
    await page.goto(`${edit}?locale=sv`);
    await page.locator('[data-content-locale="sv"]').waitFor({ state: 'visible' });
    await page.locator('[data-sync-state]').waitFor({ state: 'visible' });
    problems.push(...at('edit view (sv)', await axeFindings(page, '[data-content-locale]', '[data-sync-state]')));
    // Translating: the banner with the Swedish original.
    await page.goto(`${edit}?locale=en`);
    await page.locator('[data-content-locale="en"] [data-swedish-original]').waitFor({ state: 'visible' });
    problems.push(...at('edit view (en)', await axeFindings(page, '[data-content-locale]')));

    // The Restore dialog of the version view, opened by keyboard.
    const versions = await fetch(
      `${cms.url}/api/support-resources/versions?where[parent][equals]=${resourceId}&limit=1&depth=0`,
      {
        headers: { authorization: `JWT ${editToken}` },
      },
    );
    const versionId = ((await versions.json()) as { docs: { id: number }[] }).docs[0]!.id;
    await page.goto(`${edit}/versions/${versionId}`);
    await page.getByRole('button', { name: 'Återställ den här versionen' }).press('Enter');
    await page.locator('[data-restore-dialog]').waitFor({ state: 'visible' });
    problems.push(...at('version view', await axeFindings(page, '.confirmation-modal')));

    // The sync line with its hint while the form has unsaved edits (in a page of its own: it is left unsaved).
    const editing = await context.newPage();
    try {
      await editing.goto(`${edit}?locale=sv`);
      await editing.locator('input[name="title"]').fill('Ändrad men inte sparad');
      await editing.locator('[data-schedule-hint]').waitFor({ state: 'visible' });
      problems.push(...at('edit view, unsaved', await axeFindings(editing, '[data-sync-state]')));
    } finally {
      await editing.close();
    }
    expect(problems).toEqual([]);
  }, 180_000);

  it("finds nothing in Payload's own views (login, dashboard, a list, an edit view with rich text) beyond the listed violations only Payload can fix", async () => {
    const found = new Map<PayloadView, Finding[]>();
    const anonymous = await (await launched()).newContext({ viewport: { width: 1600, height: 1000 } });
    try {
      const login = await anonymous.newPage();
      await login.goto(`${cms.url}/admin/login`);
      await login.locator('input[name="email"]').waitFor({ state: 'visible' });
      found.set('login', await axeFindings(login));
    } finally {
      await anonymous.close();
    }
    await page.goto(`${cms.url}/admin`);
    await page.locator('[data-needs-attention]').waitFor({ state: 'visible' });
    await page.locator('.collections__card, .card').first().waitFor({ state: 'visible' });
    found.set('dashboard', await axeFindings(page));
    await page.goto(`${cms.url}/admin/collections/support-resources`);
    await page.locator('.table tbody tr').first().waitFor({ state: 'visible' });
    found.set('list', await axeFindings(page));
    await page.goto(`${cms.url}/admin/collections/support-resources/${resourceId}?locale=sv`);
    await page.locator('.rich-text-lexical [data-lexical-editor]').first().waitFor({ state: 'visible' });
    await page.locator('[data-sync-state]').waitFor({ state: 'visible' });
    await page.locator('.rs__input').first().waitFor({ state: 'attached' });
    found.set('edit', await axeFindings(page));

    // What remains, printed: each view's findings by rule, and why each is Payload's.
    const lines: string[] = [];
    for (const [view, findings] of found) {
      const rules = new Map<string, number>();
      for (const finding of findings) rules.set(finding.rule, (rules.get(finding.rule) ?? 0) + 1);
      lines.push(
        `${view}: ${findings.length} elements${[...rules].map(([rule, count]) => `, ${rule} ×${count}`).join('')}`,
      );
    }
    for (const known of payloadViolations) {
      const seen = known.views.some((view) =>
        (found.get(view) ?? []).some((finding) => isListed(known, view, finding)),
      );
      lines.push(`  ${seen ? 'remains' : 'not seen'}: ${known.rule} (${known.views.join(', ')}): ${known.why}`);
    }
    console.log(`axe-core in Payload's own views (WCAG 2.1 AA):\n${lines.join('\n')}`);
    expect([...found].flatMap(([view, findings]) => at(view, unlisted(view, findings)))).toEqual([]);
  }, 180_000);
});
