import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEV_ADMIN } from '../../cms/dev-admin.js';
import { createTestApi, type TestApi } from '../support/api.js';
import { failedWebhookDelivery } from '../support/webhook-deliveries.js';
import { contractOperation } from '../support/contract.js';
import { seedSample } from '../support/seed.js';
import { seedHeldTrainings } from '../support/training.js';
import { parseSwedishCsv } from '../support/csv.js';
import { registration } from '../register/support.js';
import { signIn } from '../support/cms-doors.js';
import { importExampleContent, localCmsServerEnvironment, startCmsServer, type CmsServer } from './cms-server.js';
import { productionBuild, productionBuildFolder } from './production-build.js';
import { signInThroughForm } from './page-problems.js';
import { pdfText } from './pdf-text.js';
import { signedInAsLocalAdmin } from './chromium.js';
import { subscribeToTableStream } from '../../functions/local/table-stream.js';

/**
 * An editor's day in the admin, in headless Chromium (Debian's), against the API they publish to: the
 * production build (`next start`, the run's one build) in a local run as `npm run dev` has it (SQLite, the
 * local admin). What is about `next dev` itself is in admin-dev.test.ts: there each step would cost a
 * compile and dev React's checks.
 */
const artifacts = resolve(import.meta.dirname, '../../test-results');
let api: TestApi;
let cms: CmsServer;
let browser: Browser;
let page: Page;
const jobsSecret = randomBytes(24).toString('hex');

beforeAll(async () => {
  api = await createTestApi();
  // Districts and the rest of the example content, so that a registration can name a district.
  await seedSample(api);
  await productionBuild();
  cms = await startCmsServer({
    env: {
      ...localCmsServerEnvironment({ endpoint: inject('dynamoEndpoint'), tableName: api.config.dynamo.tableName }),
      ...productionBuildFolder,
    },
    mode: 'production',
    jobsSecret,
  });
  // Every collection filled as npm run dev fills it (drafts, INTERNAL content, consent withheld, the dashboard's examples).
  await importExampleContent(cms.env);
  // The local admin that npm run dev creates, signed in through the login form as a person would.
  ({ browser, page } = await signedInAsLocalAdmin(cms.url));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

async function expectVisible(locator: ReturnType<Page['getByText']>) {
  await locator.first().waitFor({ state: 'visible' });
}

/** The associations' names the public register lists. */
async function publicRegister(): Promise<string[]> {
  const response = await api.graphql(contractOperation('Associations'), {});
  return response.body.data!.associations.edges.map((edge: any) => edge.node.name);
}

/** Approves the registration in the moderation view's `row`, confirmed in the page's dialog, and waits until the view says so. */
async function approveRegistration(row: Locator, name: string) {
  await row.getByRole('button', { name: 'Godkänn' }).click();
  const dialog = page.getByRole('dialog', { name: 'Godkänna föreningen?' });
  await dialog.getByText(name, { exact: true }).waitFor({ state: 'visible' });
  await dialog.getByRole('button', { name: 'Godkänn' }).click();
  // The decided row leaves its queue; what was decided stays readable in the page's decision log.
  await row.waitFor({ state: 'detached' });
  await expectVisible(
    page
      .locator('[data-decision-log]')
      .getByRole('listitem')
      .filter({ hasText: `${name}: godkänd och synlig i registret` }),
  );
}

/** The deployed job runner (functions/handlers/cms-jobs.ts) in a process of its own, as the cron Lambda runs it. */
async function runJobRunner(secret: string): Promise<{ ok: boolean; output: string }> {
  const script =
    "import('./functions/handlers/cms-jobs.ts').then((m) => m.handler()).then((r) => console.log(JSON.stringify(r)), (e) => { console.log(e.message); process.exit(1); })";
  const env = {
    ...process.env,
    CMS_URL: cms.url,
    SST_RESOURCE_CmsJobsSecret: JSON.stringify({ type: 'sst.sst.Secret', value: secret }),
  };
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: resolve(import.meta.dirname, '../..'),
      env,
    });
    return { ok: true, output: stdout };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
  }
}

describe('the CMS admin', () => {
  it('lets an editor create a support resource in Swedish and English and publish it to the API', async () => {
    await page.goto(`${cms.url}/admin/collections/support-resources/create`);
    await page.locator('input[name="key"]').fill('webbtest-stodlinje');
    await page.locator('input[name="title"]').fill('Stödlinje från webbläsaren');
    await page.locator('textarea[name="summary"]').fill('Skapad i ett webbläsartest.');
    await page.getByRole('button', { name: /publicera ändringar/i }).click();
    await page.waitForURL(/\/support-resources\/\d+/);
    await expectVisible(page.getByText(/skapades/i));

    const editUrl = page.url().split('?')[0];
    // Not 'networkidle': the sidebar's sync line asks every half second while the publish is on its way.
    await page.goto(`${editUrl}?locale=en`);
    await page.locator('input[name="title"]').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('.localizer-button__current-label').first().textContent()).toBe('English');
    await page.locator('input[name="title"]').fill('Support line from the browser');
    await page.locator('textarea[name="summary"]').fill('Created in a browser test.');
    await page.getByRole('button', { name: /publicera ändringar/i }).click();
    await expectVisible(page.getByText(/uppdaterades/i));

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: resolve(artifacts, 'cms-support-resource-edit-view.png'), fullPage: true });

    // The save's sync runs right after its response (no job timers, as on AWS); give it a few seconds.
    let swedish: any = null;
    let english: any = null;
    for (let attempt = 0; attempt < 60 && !(swedish && english?.title === 'Support line from the browser'); attempt++) {
      await new Promise((done) => setTimeout(done, 500));
      swedish = (await api.graphql(contractOperation('SupportResource'), { slug: 'webbtest-stodlinje', locale: 'SV' }))
        .body.data?.supportResource;
      english = (await api.graphql(contractOperation('SupportResource'), { slug: 'webbtest-stodlinje', locale: 'EN' }))
        .body.data?.supportResource;
    }
    expect(swedish).toMatchObject({ title: 'Stödlinje från webbläsaren', summary: 'Skapad i ett webbläsartest.' });
    expect(english).toMatchObject({ title: 'Support line from the browser', summary: 'Created in a browser test.' });

    // The edit view says it has reached the website.
    await page.goto(editUrl!);
    await expectVisible(
      page.locator('[data-sync-state="ok"]').getByText(/På webbplatsen sedan \d{4}-\d{2}-\d{2} \d{2}:\d{2}/),
    );
  }, 300_000);

  it('lets an editor build a situation of the guide from three resources in their order, which the API answers in that order', async () => {
    // The example support resources, as npm run dev has them (imported before the first test).
    // In Swedish: the admin remembers the content locale an earlier test chose (English).
    await page.goto(`${cms.url}/admin/collections/situations/create?locale=sv`);
    await page.locator('input[name="key"]').fill('webbtest-situation');
    await page.locator('input[name="title"]').fill('Jag vet inte vart jag ska vända mig');
    const chosen = [
      'Webbguide: att prata med unga om extremism (exempel)',
      'Samtalsstöd för unga (exempel)',
      'Stöd till oroliga anhöriga (exempel)',
    ];
    const resources = page.locator('#field-resources');
    for (const title of chosen) {
      await resources.locator('.rs__input').last().click();
      await page.keyboard.type(title.slice(0, 12));
      await page.locator('.rs__option', { hasText: title }).first().click();
      await expectVisible(resources.getByText(title));
    }
    await page.getByRole('button', { name: /publicera ändringar/i }).click();
    await page.waitForURL(/\/situations\/\d+/);
    await expectVisible(page.getByText(/skapades/i));

    let answered: { resources: { slug: string }[] } | null = null;
    for (let attempt = 0; attempt < 60 && !answered; attempt++) {
      await new Promise((done) => setTimeout(done, 500));
      answered =
        (await api.graphql(contractOperation('Situation'), { slug: 'webbtest-situation' })).body.data?.situation ??
        null;
    }
    expect(answered?.resources.map((resource) => resource.slug)).toEqual([
      'webbguide-samtal-om-extremism',
      'ungdomsmottagning-samtal',
      'stod-till-oroliga-anhoriga',
    ]);
  }, 300_000);

  it('offers a contributor only "Save draft": no Publish, Unpublish or Schedule', async () => {
    const email = `contributor-${Date.now()}@example.org`;
    const password = 'a-contributors-password-1';
    const created = await page.request.post(`${cms.url}/api/users`, {
      data: { email, password, roles: ['contributor'] },
    });
    expect(created.status()).toBe(201);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const contributorPage = await context.newPage();
    contributorPage.setDefaultTimeout(120_000);
    try {
      await signInThroughForm(contributorPage, cms.url, email, password);
      await contributorPage.goto(`${cms.url}/admin/collections/pages/create`);
      await contributorPage.locator('input[name="key"]').fill('webbtest-bidrag');
      await contributorPage.locator('input[name="title"]').fill('Förslag från en skribent');
      await expectVisible(contributorPage.getByRole('button', { name: /spara utkast/i }));
      expect(await contributorPage.getByRole('button', { name: /publicera/i }).count()).toBe(0);
      expect(await contributorPage.getByRole('button', { name: /schemalägg/i }).count()).toBe(0);
      await contributorPage.getByRole('button', { name: /spara utkast/i }).click();
      await contributorPage.waitForURL(/\/pages\/\d+/);
      expect(await contributorPage.getByRole('button', { name: /publicera|avpublicera|schemalägg/i }).count()).toBe(0);
    } finally {
      await context.close();
    }
  }, 300_000);

  it('lets an editor approve a pending association in the moderation view, which the public register then lists', async () => {
    const owner = await api.token('association', 'account-browser-moderation');
    const registered = await api.graphql(
      contractOperation('RegisterAssociation'),
      { input: registration({ name: 'Webbläsarföreningen', districts: ['alby'] }) },
      { token: owner },
    );
    expect(registered.body.errors).toBeUndefined();
    expect(await publicRegister()).not.toContain('Webbläsarföreningen');

    await page.goto(`${cms.url}/admin/moderation`, { waitUntil: 'networkidle' });
    const row = page.locator('[data-moderation-row="Webbläsarföreningen"]');
    await row.waitFor({ state: 'visible' });
    await page.screenshot({ path: resolve(artifacts, 'cms-moderation-view.png'), fullPage: true });
    // Its history so far, in words: the registration, by the association's account, and the status it left.
    await row.locator('[data-history] summary').click();
    await expectVisible(
      row
        .locator('[data-history-action="ASSOCIATION_REGISTERED"]')
        .getByText(/Registrerade sig · av föreningen, konto account-browser-moderation · väntar på granskning$/),
    );
    // A decision is confirmed first, in the page's dialog; a cancelled one decides nothing.
    await row.getByRole('button', { name: 'Godkänn' }).click();
    const dialog = page.getByRole('dialog', { name: 'Godkänna föreningen?' });
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await publicRegister()).not.toContain('Webbläsarföreningen');
    await approveRegistration(row, 'Webbläsarföreningen');

    expect(await publicRegister()).toContain('Webbläsarföreningen');
    const history = await api.graphql(
      'query($id: ID!) { association(id: $id) { history { edges { node { action actor actorRole } } } } }',
      { id: registered.body.data!.registerAssociation.id },
      { token: await api.token('moderator') },
    );
    expect(history.body.data!.association.history.edges[0].node).toEqual({
      action: 'ASSOCIATION_APPROVED',
      actor: `cms:${DEV_ADMIN.email}`,
      actorRole: 'MODERATOR',
    });
  }, 300_000);

  it('decides only on the version the moderator sees: a registration changed after the page loaded is refused, shown anew and then approved', async () => {
    const owner = await api.token('association', 'account-browser-stale');
    const registered = await api.graphql(
      contractOperation('RegisterAssociation'),
      { input: registration({ name: 'Granskad i webbläsaren' }) },
      { token: owner },
    );
    const id = registered.body.data!.registerAssociation.id;

    await page.goto(`${cms.url}/admin/moderation`, { waitUntil: 'networkidle' });
    const seen = page.locator('[data-moderation-row="Granskad i webbläsaren"]');
    await seen.waitFor({ state: 'visible' });
    expect(await seen.locator('[data-version]').getAttribute('data-version')).toBe('1');
    // The owner swaps the name while the moderator reads the old one.
    const swapped = await api.graphql(
      contractOperation('UpdateAssociation'),
      { id, expectedVersion: 1, input: { name: 'Bytt i smyg' } },
      { token: owner },
    );
    expect(swapped.body.errors).toBeUndefined();
    await seen.getByRole('button', { name: 'Godkänn' }).click();
    await page.getByRole('dialog', { name: 'Godkänna föreningen?' }).getByRole('button', { name: 'Godkänn' }).click();
    // Refused: nothing decided, and the row now shows what is there (the version the next decision names).
    const current = page.locator('[data-moderation-row="Bytt i smyg"]');
    await current
      .getByRole('status')
      .filter({ hasText: 'Den har ändrats sedan du läste den, så inget beslutades' })
      .waitFor({ state: 'visible' });
    expect(await current.locator('[data-version]').getAttribute('data-version')).toBe('2');
    expect(await publicRegister()).not.toContain('Bytt i smyg');
    await approveRegistration(current, 'Bytt i smyg');
    expect(await publicRegister()).toContain('Bytt i smyg');

    // A change of the approved association: the fields that differ from the public version are marked.
    await api.graphql(
      contractOperation('UpdateAssociation'),
      { id, expectedVersion: 3, input: { description: 'En ny beskrivning att granska.' } },
      { token: owner },
    );
    await page.goto(`${cms.url}/admin/moderation`, { waitUntil: 'networkidle' });
    const change = page.locator('[data-moderation-row="Bytt i smyg"]');
    await change.locator('[data-proposed] [data-changed-field]').first().waitFor({ state: 'visible' });
    expect(await change.locator('[data-proposed] dt:has([data-changed-field])').allTextContents()).toEqual([
      'Beskrivning (ändrat)',
    ]);
  }, 300_000);

  it("shows on the dashboard what needs attention: drafts, scheduled and failed publications (retried by an admin), the register's queue, stale details", async () => {
    await page.goto(`${cms.url}/admin`, { waitUntil: 'networkidle' });
    const attention = page.locator('[data-needs-attention]');
    await attention.waitFor({ state: 'visible' });
    await expectVisible(attention.getByRole('heading', { name: 'Att göra' }));
    for (const list of ['drafts', 'scheduled', 'failed', 'stale']) {
      expect(await attention.locator(`[data-attention="${list}"] li`).count(), list).toBeGreaterThan(0);
    }
    await expectVisible(
      attention.locator('[data-attention="scheduled"] li').getByText(/publiceras \d{4}-\d{2}-\d{2} \d{2}:\d{2}/),
    );
    // What it will put live: the draft as saved, with the moment it was saved.
    await expectVisible(
      attention
        .locator('[data-attention="scheduled"] li')
        .getByText(/det som publiceras är utkastet sparat \d{4}-\d{2}-\d{2} \d{2}:\d{2}/),
    );
    await expectVisible(
      // In words an editor understands; the technical cause under "Tekniska detaljer" for admins.
      attention.locator('[data-attention="failed"] li').getByText(/Webbplatsens databas svarade inte/),
    );
    // Counted in Swedish: "1 registrering väntar", "2 registreringar väntar".
    await expectVisible(
      attention
        .locator('[data-attention="register"]')
        .getByText(/\b(1 registrering|(0|[2-9]|\d{2,}) registreringar) väntar/),
    );
    await expectVisible(
      attention.locator('[data-attention="register"]').getByRole('link', { name: 'Till modereringen' }),
    );
    await expectVisible(attention.locator('[data-attention="stale"] li').getByText(/aldrig kontrollerad/));
    await page.screenshot({ path: resolve(artifacts, 'cms-dashboard.png'), fullPage: true });
    // An admin sends the failed one on its way again: its sync is queued and then runs.
    await attention
      .locator('[data-attention="failed"] li')
      .first()
      .getByRole('button', { name: 'Försök igen' })
      .click();
    await expectVisible(attention.getByRole('status').filter({ hasText: 'Köad igen' }));
  }, 300_000);

  it('opens a document in Swedish whatever locale was last used, and shows the Swedish original while translating', async () => {
    // The admin remembers the last content locale an editor used; an earlier test used English.
    const { docs } = await (
      await page.request.get(`${cms.url}/api/support-resources?where[key][equals]=stod-till-oroliga-anhoriga&depth=0`)
    ).json();
    const id = docs[0].id;
    await page.goto(`${cms.url}/admin/collections/support-resources/${id}?locale=en`);
    await page.locator('[data-content-locale="en"]').waitFor({ state: 'visible' });
    await page.goto(`${cms.url}/admin/collections/support-resources/${id}`);
    await page.waitForURL(/[?&]locale=sv\b/);
    await expectVisible(page.locator('[data-content-locale="sv"]').getByText('Du skriver på svenska, huvudspråket.'));
    // Translating: unmistakably not Swedish, with the Swedish text to translate from.
    await page.goto(`${cms.url}/admin/collections/support-resources/${id}?locale=en`);
    const banner = page.locator('[data-content-locale="en"]');
    await expectVisible(banner.getByText('Du översätter till English.'));
    await expectVisible(banner.locator('[data-swedish-original]').getByText('Stöd till oroliga anhöriga (exempel)'));
    await page.screenshot({ path: resolve(artifacts, 'cms-translating.png'), fullPage: true });
  }, 300_000);

  it('speaks Swedish to editors whatever their browser asks for, and English to one who picks it in the account view', async () => {
    const email = `redaktor-${Date.now()}@example.org`;
    const password = 'an-editors-password-1';
    expect(
      (await page.request.post(`${cms.url}/api/users`, { data: { email, password, roles: ['editor'] } })).status(),
    ).toBe(201);
    // A browser that asks for English, as a fresh profile does.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const editorPage = await context.newPage();
    editorPage.setDefaultTimeout(120_000);
    try {
      await signInThroughForm(editorPage, cms.url, email, password);
      const nav = editorPage.locator('nav');
      for (const entry of [
        'Stödinsatser',
        'Situationer',
        'Organisationer',
        'Rådsmöten',
        'Utbildningar',
        'Sidor',
        'Kommundelar',
        'Moderering (föreningsregistret)',
      ]) {
        await expectVisible(nav.getByText(entry, { exact: true }));
      }
      await editorPage.goto(`${cms.url}/admin/collections/support-resources/create?locale=sv`);
      const labelOf = (target: Page, field: string) => target.locator(`label[for="field-${field}"]`).first();
      const swedish = {
        title: 'Rubrik',
        summary: 'Sammanfattning',
        visibility: 'Synlighet',
        audiences: 'Målgrupper',
        priority: 'Prioritet',
        verifiedAt: 'Senast kontrollerad',
      };
      for (const [field, label] of Object.entries(swedish))
        expect(await labelOf(editorPage, field).textContent()).toMatch(new RegExp(`^${label}\\b`));
      await expectVisible(editorPage.getByRole('button', { name: /publicera ändringar/i }));
      await editorPage.screenshot({ path: resolve(artifacts, 'cms-swedish-edit-view.png'), fullPage: true });

      // This editor picks English; the admin follows, for this editor only.
      await editorPage.goto(`${cms.url}/admin/account`);
      await editorPage.locator('#language-select').click();
      await editorPage.locator('.rs__option', { hasText: 'English' }).click();
      // The choice is kept in the language cookie: wait for it rather than for a fixed time (a loaded machine is slow).
      await expect
        .poll(async () => (await context.cookies()).find((cookie) => cookie.name === 'payload-lng')?.value, {
          timeout: 30_000,
        })
        .toBe('en');
      await editorPage.goto(`${cms.url}/admin/collections/support-resources/create?locale=sv`);
      await labelOf(editorPage, 'title').waitFor({ state: 'visible' });
      const english = { title: 'Title', summary: 'Summary', visibility: 'Visibility' };
      for (const [field, label] of Object.entries(english))
        expect(await labelOf(editorPage, field).textContent()).toMatch(new RegExp(`^${label}\\b`));
      await expectVisible(editorPage.locator('nav').getByText('Support resources', { exact: true }));
      await expectVisible(editorPage.getByRole('button', { name: /publish changes/i }));
      // Everyone else keeps Swedish.
      await page.goto(`${cms.url}/admin/collections/support-resources/create?locale=sv`);
      await labelOf(page, 'title').waitFor({ state: 'visible' });
      expect(await labelOf(page, 'title').textContent()).toMatch(/^Rubrik/);
    } finally {
      await context.close();
    }
  }, 300_000);

  it('shows a coordinator the Reports view of a seeded window beside the one before, saves an analysis, prints it, and CSV downloads that match the view and the API', async () => {
    // Two trainings in the first quarter of 2025 (one department with nobody trained; r1 trained for two
    // audiences), one in the quarter before, and activities of the register.
    await seedHeldTrainings(api, [
      {
        key: 'rapport-forra',
        startsAt: '2024-11-05T09:00:00+01:00',
        endsAt: '2024-11-05T12:00:00+01:00',
        audience: 'FIRST_LINE_STAFF',
        capacity: 10,
        district: 'tumba',
        roll: [['r6', 'socialforvaltningen', true]],
      },
      {
        key: 'rapport-grund',
        startsAt: '2025-02-04T09:00:00+01:00',
        endsAt: '2025-02-04T12:00:00+01:00',
        audience: 'FIRST_LINE_STAFF',
        capacity: 10,
        district: 'alby',
        roll: [
          ['r1', 'socialforvaltningen', true],
          ['r2', 'socialforvaltningen', true],
          ['r3', 'utbildningsforvaltningen', true],
          ['r4', 'utbildningsforvaltningen', false],
        ],
      },
      {
        key: 'rapport-chefer',
        startsAt: '2025-03-11T13:00:00+01:00',
        endsAt: '2025-03-11T16:00:00+01:00',
        audience: 'MANAGERS',
        capacity: 10,
        roll: [
          ['r5', 'socialforvaltningen', true],
          ['r1', 'socialforvaltningen', true],
        ],
      },
    ]);
    const window = { from: '2024-12-31T23:00:00.000Z', to: '2025-03-31T22:00:00.000Z' };
    const coordinatorToken = await api.token('coordinator', 'rapport-samordnare');
    const apiReport = (await api.graphql(contractOperation('PreventionReport'), window, { token: coordinatorToken }))
      .body.data!.preventionReport;
    const apiCoverage = (await api.graphql(contractOperation('TrainingCoverage'), window, { token: coordinatorToken }))
      .body.data!.trainingCoverage as any[];
    expect(apiReport).toMatchObject({ trainingsHeld: 2, participantsTrained: 4 });

    // The safety coordinator's CMS account has the coordinator role only.
    const email = `samordnare-${Date.now()}@example.org`;
    const password = 'a-coordinators-password-1';
    expect(
      (await page.request.post(`${cms.url}/api/users`, { data: { email, password, roles: ['coordinator'] } })).status(),
    ).toBe(201);
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
    const coordinatorPage = await context.newPage();
    coordinatorPage.setDefaultTimeout(120_000);
    try {
      await signInThroughForm(coordinatorPage, cms.url, email, password);
      // The navigation offers the view (followed by its address: a coordinator's nav may start closed, and inert).
      const link = coordinatorPage.locator('nav').getByText('Rapporter (BRÅ)', { exact: true });
      await link.waitFor({ state: 'attached' });
      expect(await link.getAttribute('href')).toBe('/admin/reports');
      await coordinatorPage.goto(`${cms.url}/admin/reports`);
      await coordinatorPage.locator('select[name="period"]').selectOption('custom');
      await coordinatorPage.locator('input[name="from"]').fill('2025-01-01');
      await coordinatorPage.locator('input[name="to"]').fill('2025-03-31');
      await coordinatorPage.getByRole('button', { name: 'Visa' }).click();
      await expectVisible(coordinatorPage.getByRole('heading', { name: 'Sammanfattning: 2025-01-01 – 2025-03-31' }));
      // Each figure beside the quarter before.
      await expectVisible(coordinatorPage.getByText('Föregående period: 2024-10-01 – 2024-12-31'));
      const figure = (key: string, column: 'figure' | 'previous-figure' = 'figure') =>
        coordinatorPage.locator(`[data-${column}="${key}"]`).first().textContent();
      expect(await figure('trainingsHeld')).toBe('2');
      expect(await figure('trainingsHeld', 'previous-figure')).toBe('1');
      expect(await figure('participantsTrained')).toBe('4');
      expect(await figure('participantsTrained', 'previous-figure')).toBe('1');
      // Trainings per district (where they were held), adding up to the trainings held.
      const byDistrict = coordinatorPage.getByRole('table', { name: 'Utbildningar per kommundel' });
      expect(await byDistrict.getByRole('columnheader').allTextContents()).toEqual([
        'Kommundel',
        'Perioden 2025-01-01 – 2025-03-31',
        'Föregående period 2024-10-01 – 2024-12-31',
      ]);
      const rowOf = async (table: Locator, name: string) =>
        await table
          .getByRole('row')
          .filter({ has: coordinatorPage.getByRole('rowheader', { name, exact: true }) })
          .first()
          .locator('th, td')
          .allTextContents();
      expect(await rowOf(byDistrict, 'Alby')).toEqual(['Alby', '1', '0']);
      expect(await rowOf(byDistrict, 'Tumba')).toEqual(['Tumba', '0', '1']);
      expect(await rowOf(byDistrict, 'Ingen kommundel angiven')).toEqual(['Ingen kommundel angiven', '1', '0']);
      expect(await rowOf(byDistrict, 'Summa')).toEqual(['Summa', '2', '1']);
      // Coverage: Swedish audiences, the share of target with a decimal comma, and why its rows add up to more than
      // the people trained (r1 was trained as first-line staff and as a manager).
      const coverageTable = coordinatorPage.getByRole('table', {
        name: 'Utbildade mot mål per förvaltning och målgrupp',
      });
      expect(await coverageTable.getByRole('columnheader').allTextContents()).toEqual([
        'Förvaltning',
        'Målgrupp',
        'Utbildade',
        'Mål',
        'Andel av mål',
        'Utbildade föregående period',
      ]);
      const coverageRows = (await coverageTable.locator('tbody tr').all()).map((row) =>
        row.locator('th, td').allTextContents(),
      );
      const shown = await Promise.all(coverageRows);
      expect(shown).toContainEqual(['Socialförvaltningen', 'Förstalinjepersonal', '2', '80', '2,5\u00a0%', '1']);
      expect(shown).toContainEqual(['Socialförvaltningen', 'Chefer', '2', '10', '20,0\u00a0%', '0']);
      expect(shown.find((row) => row[0] === 'Summa av raderna')?.[1]).toBe('5');
      expect(shown.find((row) => row[0] === 'Utbildade personer, var och en en gång')?.[1]).toBe('4');
      await expectVisible(coordinatorPage.getByText(/^En person räknas en gång per förvaltning och målgrupp/));
      // Today's state has its own section; the period's summary does not count stale resources.
      await expectVisible(coordinatorPage.getByRole('heading', { name: /^Dagens läge \d{4}-\d{2}-\d{2}$/ }));
      expect(await coordinatorPage.locator('[data-report-table="summary"]').textContent()).not.toContain('inaktuella');
      expect(
        await coordinatorPage
          .locator('[data-report-table="today"]')
          .getByText('Stödinsatser med inaktuella uppgifter')
          .count(),
      ).toBe(1);
      // Every chart is drawn (recharts' SVG, a bar per figure that is not zero).
      for (const chart of [
        'coverage',
        'trainings-by-district',
        'activities-by-district',
        'activities-by-target-group',
        'trainings-over-time',
      ]) {
        await coordinatorPage
          .locator(`[data-chart="${chart}"] svg.recharts-surface`)
          .first()
          .waitFor({ state: 'visible' });
      }
      expect(await coordinatorPage.locator('[data-chart="coverage"] .recharts-bar-rectangle').count()).toBeGreaterThan(
        0,
      );
      expect(
        await coordinatorPage.locator('[data-chart="trainings-over-time"] .recharts-bar-rectangle path').count(),
      ).toBe(2);
      // Each bar says its figure, and the months' figures add up to the summary's trainings.
      const monthFigures = await coordinatorPage
        .locator('[data-chart="trainings-over-time"] .recharts-label-list text')
        .allTextContents();
      expect(monthFigures.every((figure) => /^\d+$/.test(figure))).toBe(true);
      expect(monthFigures.reduce((sum, figure) => sum + Number(figure), 0)).toBe(2);
      const districtFigures = await coordinatorPage
        .locator('[data-chart="trainings-by-district"] .recharts-label-list text')
        .allTextContents();
      expect(districtFigures.reduce((sum, figure) => sum + Number(figure), 0)).toBe(3);
      // The legends name their series in Swedish; no English "legend icon" anywhere.
      expect(await coordinatorPage.locator('[data-chart="coverage"] [data-legend] li').allTextContents()).toEqual([
        'Utbildade',
        'Mål',
      ]);
      expect(
        await coordinatorPage.locator('[data-chart="trainings-by-district"] [data-legend] li').allTextContents(),
      ).toEqual(['Perioden 2025-01-01 – 2025-03-31', 'Föregående period 2024-10-01 – 2024-12-31']);
      expect(await coordinatorPage.locator('[aria-label*="legend icon"]').count()).toBe(0);
      // A screen reader reads the tables; the charts are neither read nor a keyboard stop.
      expect(
        await coordinatorPage
          .getByRole('table', { name: 'Aktiviteter per kommundel' })
          .getByRole('columnheader')
          .allTextContents(),
      ).toEqual(['Kommundel', 'Perioden 2025-01-01 – 2025-03-31', 'Föregående period 2024-10-01 – 2024-12-31']);
      expect(await coordinatorPage.locator('[role="application"], [data-chart] svg[tabindex]').count()).toBe(0);
      expect(await coordinatorPage.locator('[data-chart="coverage"] > div').getAttribute('aria-hidden')).toBe('true');

      // The coordinator writes the analysis for this window; it is there again after a reload.
      const analysis = 'Fler utbildade i Alby än förra kvartalet; "chefer" utbildas nu också.\nNästa steg: skolorna.';
      const analysisBox = coordinatorPage.getByRole('textbox', { name: 'Analys 2025-01-01 – 2025-03-31' });
      await analysisBox.fill(analysis);
      await coordinatorPage.getByRole('button', { name: 'Spara analysen' }).click();
      await expectVisible(coordinatorPage.getByRole('status').filter({ hasText: 'Analysen är sparad.' }));
      await coordinatorPage.reload();
      await expect.poll(() => analysisBox.inputValue()).toBe(analysis);
      await expectVisible(coordinatorPage.getByRole('button', { name: 'Skriv ut / spara som PDF' }));
      await coordinatorPage.screenshot({ path: resolve(artifacts, 'cms-reports.png'), fullPage: true });

      // Printed: the report alone (no navigation, period form or buttons), the analysis as text; the PDF says it all.
      expect(await coordinatorPage.locator('.app-header').first().isVisible()).toBe(true);
      await coordinatorPage.emulateMedia({ media: 'print' });
      expect(await coordinatorPage.locator('.app-header').first().isVisible()).toBe(false);
      for (const hidden of ['aside.nav', 'form[action="/admin/reports"]', '[data-analysis-form]'])
        expect(await coordinatorPage.locator(hidden).first().isVisible(), hidden).toBe(false);
      await expectVisible(coordinatorPage.locator('[data-analysis-text]').getByText(/Nästa steg: skolorna/));
      // The charts are printed too, their bars drawn.
      expect(
        await coordinatorPage.locator('[data-chart="trainings-by-district"] .recharts-bar-rectangle').count(),
      ).toBeGreaterThan(0);
      expect(
        (await coordinatorPage.locator('[data-chart="coverage"] svg.recharts-surface').boundingBox())?.height,
      ).toBeGreaterThan(100);
      await coordinatorPage.screenshot({ path: resolve(artifacts, 'cms-reports-print.png'), fullPage: true });
      const pdf = await coordinatorPage.pdf({ format: 'A4', printBackground: true });
      writeFileSync(resolve(artifacts, 'cms-reports.pdf'), pdf);
      // Compared without white space: Chromium draws a line's text nodes as separate runs.
      const printed = pdfText(pdf).replace(/\s+/g, '');
      for (const words of [
        'Rapporter: förebyggande arbete',
        'Sammanfattning: 2025-01-01 – 2025-03-31',
        'Föregående period: 2024-10-01 – 2024-12-31',
        'Utbildningar per kommundel',
        'Ingen kommundel angiven',
        'Andel av mål',
        '2,5 %',
        'Summa av raderna',
        'Fler utbildade i Alby än förra kvartalet',
        'Nästa steg: skolorna.',
        'Dagens läge',
      ])
        expect(printed, words).toContain(words.replace(/\s+/g, ''));
      for (const absent of [
        'Skriv ut / spara som PDF',
        'Ladda ned rapporten (CSV)',
        'Spara analysen',
        'Rapporter (BRÅ)',
      ])
        expect(printed, absent).not.toContain(absent.replace(/\s+/g, ''));
      await coordinatorPage.emulateMedia({ media: 'screen' });

      // The CSVs as Swedish Excel reads them: their figures are the view's and the API's.
      const download = async (name: string) => {
        const [file] = await Promise.all([
          coordinatorPage.waitForEvent('download'),
          coordinatorPage.getByRole('link', { name }).click(),
        ]);
        const text = readFileSync((await file.path())!, 'utf8');
        expect(text.charCodeAt(0)).toBe(0xfeff);
        return parseSwedishCsv(text.slice(1));
      };
      const report = await download('Ladda ned rapporten (CSV)');
      expect(report[0]).toEqual([
        'Sammanfattning',
        'Perioden 2025-01-01 – 2025-03-31',
        'Föregående period 2024-10-01 – 2024-12-31',
      ]);
      const reportRow = (label: string, after = 'Sammanfattning') =>
        report.slice(report.findIndex((row) => row[0]?.startsWith(after))).find((row) => row[0] === label);
      for (const [label, key] of [
        ['Genomförda utbildningar', 'trainingsHeld'],
        ['Utbildade personer', 'participantsTrained'],
        ['Möten i interreligiösa rådet', 'councilMeetingsHeld'],
        ['Publicerade föreningsaktiviteter', 'activitiesPublished'],
        ['Godkända föreningar', 'associationsApproved'],
      ] as const) {
        expect(Number(reportRow(label)?.[1]), label).toBe(apiReport[key]);
        expect(reportRow(label)?.[2], label).toBe(await figure(key, 'previous-figure'));
      }
      for (const { district, count } of apiReport.activitiesByDistrict)
        expect(Number(reportRow(district.name, 'Aktiviteter per kommundel')?.[1])).toBe(count);
      expect(reportRow('Summa', 'Aktiviteter per kommundel')?.[1]).toBe(String(apiReport.activitiesPublished));
      expect(reportRow('Ingen kommundel angiven', 'Utbildningar per kommundel')).toEqual([
        'Ingen kommundel angiven',
        '1',
        '0',
      ]);
      expect(reportRow('Summa', 'Utbildningar per kommundel')).toEqual(['Summa', '2', '1']);
      expect(reportRow('Stödinsatser med inaktuella uppgifter', 'Dagens läge')?.[1]).toBe(
        String(apiReport.staleSupportResources.length),
      );
      expect(report.at(-1)).toEqual(['Analys', analysis]);
      // No machine keys or English codes anywhere in the first column.
      for (const row of report) expect(row[0], row.join(';')).not.toMatch(/[a-z][A-Z]|\b[A-Z]+_[A-Z_]+\b/);

      const coverageCsv = await download('Ladda ned täckningen (CSV)');
      expect(coverageCsv[0]).toEqual([
        'Förvaltning',
        'Målgrupp',
        'Utbildade 2025-01-01 – 2025-03-31',
        'Mål',
        'Andel av mål (%)',
        'Utbildade föregående period 2024-10-01 – 2024-12-31',
      ]);
      const audienceName: Record<string, string> = {
        FIRST_LINE_STAFF: 'Förstalinjepersonal',
        SPECIALISTS: 'Specialister',
        MANAGERS: 'Chefer',
        ALL_STAFF: 'All personal',
      };
      const csvRows = coverageCsv.slice(1, 1 + apiCoverage.length);
      expect(
        csvRows.map(([department, audience, trained, target]) => [
          department,
          audience,
          Number(trained),
          target === '' ? null : Number(target),
        ]),
      ).toEqual(apiCoverage.map((row) => [row.department.name, audienceName[row.audience], row.trained, row.target]));
      expect(csvRows).toContainEqual(['Socialförvaltningen', 'Förstalinjepersonal', '2', '80', '2,5', '1']);
      // Its sums are the view's.
      expect(coverageCsv[1 + apiCoverage.length]?.slice(0, 3)).toEqual(['Summa av raderna', '', '5']);
      expect(coverageCsv[2 + apiCoverage.length]?.slice(0, 3)).toEqual([
        'Utbildade personer, var och en en gång',
        '',
        '4',
      ]);
      // The coordinator reads reports, not the editorial collections.
      expect((await coordinatorPage.request.get(`${cms.url}/api/support-resources?limit=1`)).status()).toBe(403);
    } finally {
      await context.close();
    }
  }, 300_000);

  it('shows an admin the webhook deliveries, a failed one with its last error, and resends it', async () => {
    // A delivery that ran out of attempts (the website was down), as the webhook sender leaves it.
    const now = new Date();
    const failedId = await failedWebhookDelivery(api, 'test-change', now);
    await page.goto(`${cms.url}/admin`, { waitUntil: 'networkidle' });
    // The navigation offers the view to an admin (its drawer is closed at this width: the link is there, not clickable).
    expect(await page.locator('a[href="/admin/webhooks"]').count()).toBeGreaterThan(0);
    // Its button works once the page's scripts have run (the production build's HTML is there before them).
    await page.goto(`${cms.url}/admin/webhooks`, { waitUntil: 'networkidle' });
    const row = page.locator(`[data-webhook-status="FAILED"] [data-webhook-delivery="${failedId}"]`);
    await expectVisible(row.getByText('The receiver answered HTTP 503'));
    await expectVisible(row.getByText('/om-varna'));
    // The confirmation stays until the refresh it starts moves the row to PENDING, a moment under `next start`
    // (too short for Playwright's polling): the row's status messages are recorded as the DOM changes.
    await row.evaluate((element) => {
      const seen: string[] = [];
      (window as unknown as { resendStatuses: string[] }).resendStatuses = seen;
      new MutationObserver(() =>
        element.querySelectorAll('[role="status"]').forEach((status) => seen.push(status.textContent ?? '')),
      ).observe(element, { childList: true, subtree: true, characterData: true });
    });
    await row.getByRole('button', { name: 'Skicka igen' }).click();
    // After the refresh it waits for the sender's next sweep.
    await expectVisible(page.locator(`[data-webhook-status="PENDING"] [data-webhook-delivery="${failedId}"]`));
    expect(
      await page.evaluate(() => (window as unknown as { resendStatuses: string[] }).resendStatuses),
    ).toContainEqual(expect.stringContaining('Skickas inom en minut'));
    const { data } = await api.db.entities.webhookDelivery.get({ tenant: api.config.tenant, id: failedId }).go();
    expect(data).toMatchObject({ status: 'PENDING', attempts: 0 });
  }, 300_000);

  it("runs its job queues for the deployed job runner with the stage's secret, and refuses it with any other", async () => {
    const accepted = await runJobRunner(jobsSecret);
    expect(accepted.ok, accepted.output).toBe(true);
    expect(JSON.parse(accepted.output)).toEqual({
      queues: { 'read-model': { remaining: 0 }, default: { remaining: 0 } },
    });
    const refused = await runJobRunner(randomBytes(24).toString('hex'));
    expect(refused.ok).toBe(false);
    expect(refused.output).toMatch(/Running the read-model jobs failed: HTTP 401/);
  });

  it('syncs a save once, even when the job runner runs the queue between the save and its run after the response', async () => {
    const headers = {
      'content-type': 'application/json',
      authorization: `JWT ${await signIn(cms.url, DEV_ADMIN.email, DEV_ADMIN.password)}`,
    };
    const save = async (path: string, method: 'POST' | 'PATCH', title: string) => {
      const body = JSON.stringify({ key: 'en-gang', visibility: 'PUBLIC', title, _status: 'published' });
      const response = await fetch(`${cms.url}/api/pages${path}?depth=0&locale=sv`, { method, headers, body });
      expect(response.status).toBe(method === 'POST' ? 201 : 200);
      return ((await response.json()) as { doc: { id: number } }).doc;
    };
    // Each save's sync reaches the API within moments; a lost one fails here, naming the title it lost.
    const served = (title: string) =>
      expect
        .poll(async () => (await api.graphql(contractOperation('Page'), { slug: 'en-gang' })).body.data?.page?.title, {
          timeout: 15_000,
          interval: 50,
          message: `the API serves the page titled "${title}"`,
        })
        .toBe(title);
    const { id } = await save('', 'POST', 'Gång 0');
    await served('Gång 0');
    // Every run of the sync writes the document's revision guard once: its stream records count the runs.
    const { Key } = api.db.entities.documentRevision
      .get({ tenant: api.config.tenant, documentType: 'page', documentId: String(id) })
      .params<{ Key: { pk: string; sk: string } }>();
    let runs = 0;
    const stream = await subscribeToTableStream({
      endpoint: inject('dynamoEndpoint'),
      tableName: api.config.dynamo.tableName,
      filters: [{ eventName: ['MODIFY'], dynamodb: { Keys: { pk: { S: [Key.pk] }, sk: { S: [Key.sk] } } } }],
      handler: async ({ Records }) => (runs += Records.length),
      pollMs: 100,
    });
    // The deployed job runner's request (functions/handlers/cms-jobs.ts), over and over: its tick lands while a save queues its job.
    let saving = true;
    const runner = (async () => {
      while (saving) {
        await fetch(`${cms.url}/api/payload-jobs/run?queue=read-model&limit=50`, {
          headers: { authorization: `Bearer ${jobsSecret}` },
        }).then((response) => response.text());
        await sleep(10);
      }
    })();
    const saves = 6;
    try {
      for (let n = 1; n <= saves; n++) {
        await save(`/${id}`, 'PATCH', `Gång ${n}`);
        await served(`Gång ${n}`);
      }
    } finally {
      saving = false;
      await runner;
    }
    try {
      // The last save's sync has run (its line no longer waits) and the stream has handed over every record
      // written until then: a second run of any save's sync would be counted by now.
      await expect
        .poll(
          async () =>
            (
              (await (await fetch(`${cms.url}/api/pages/${id}/sync-state`, { headers })).json()) as {
                pending: boolean;
              }
            ).pending,
          { timeout: 15_000, interval: 50, message: "the page's sync no longer waits" },
        )
        .toBe(false);
      await stream.caughtUp();
      expect(runs).toBe(saves);
    } finally {
      await stream.stop();
    }
  }, 120_000);
});

describe('restoring a version and the sync line, in the admin', () => {
  const stockholm = (date: Date) =>
    date.toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' });
  const api = (path: string) => `${cms.url}/api${path}`;

  it('restores the language being edited by default, after a dialog that lists the languages that change and the version time in Swedish time', async () => {
    const created = await page.request.post(api('/pages?locale=sv&depth=0'), {
      data: { key: 'webbtest-aterstall', visibility: 'PUBLIC', title: 'Sida att återställa', _status: 'published' },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()).doc;
    const publish = async (locale: string, title: string) =>
      expect(
        (
          await page.request.patch(api(`/pages/${id}?locale=${locale}&depth=0`), {
            data: { title, _status: 'published' },
          })
        ).status(),
      ).toBe(200);
    await publish('en', 'Page to restore');
    await publish('ar', 'صفحة');
    await publish('sv', 'Ändrad sida');
    await publish('en', 'Changed page');
    const { docs: versions } = await (
      await page.request.get(
        api(`/pages/versions?where[parent][equals]=${id}&locale=all&sort=createdAt&depth=0&limit=50`),
      )
    ).json();
    const version = versions.find(
      (candidate: any) =>
        candidate.version.title?.ar === 'صفحة' && candidate.version.title?.sv === 'Sida att återställa',
    );
    expect(version).toBeDefined();

    await page.goto(`${cms.url}/admin/collections/pages/${id}/versions/${version.id}?locale=sv`);
    await page.getByRole('button', { name: 'Återställ den här versionen' }).click();
    const dialog = page.locator('[data-restore-dialog]');
    await expectVisible(dialog.getByText(`Versionen skrevs ${stockholm(new Date(version.updatedAt))} (svensk tid).`));
    await expectVisible(
      dialog.locator('[data-restore-changes]').getByText(/^Språk som ändras: svenska\. Övriga språk/),
    );
    await dialog.getByLabel('Alla språk').check();
    await expectVisible(dialog.locator('[data-restore-changes]').getByText('Språk som ändras: svenska och engelska.'));
    await dialog.getByLabel(/^Bara svenska/).check();
    await page.screenshot({ path: resolve(artifacts, 'cms-restore-dialog.png'), fullPage: true });
    await page.getByRole('button', { name: 'Återställ', exact: true }).click();
    await expectVisible(
      page.getByText(
        /^Svenska från versionen \d{4}-\d{2}-\d{2} \d{2}:\d{2} är återställd som ett nytt utkast; övriga språk är oförändrade\./,
      ),
    );
    await page.waitForURL(new RegExp(`/admin/collections/pages/${id}(\\?|$)`));

    const draft = await (await page.request.get(api(`/pages/${id}?locale=all&draft=true&depth=0`))).json();
    expect(draft.title).toEqual({ sv: 'Sida att återställa', en: 'Changed page', ar: 'صفحة' });
    const live = await (await page.request.get(api(`/pages/${id}?locale=all&depth=0`))).json();
    expect(live.title).toEqual({ sv: 'Ändrad sida', en: 'Changed page', ar: 'صفحة' });
  }, 300_000);

  it('keeps the sync line true without a reload: after a draft, after Publish, after a later draft save (still the published time), after the next Publish', async () => {
    const line = page.locator('[data-sync-state] [role="status"]');
    const says = (pattern: RegExp | string, timeout = 30_000) =>
      expect.poll(async () => line.textContent(), { timeout, interval: 200 }).toMatch(pattern);

    await page.goto(`${cms.url}/admin/collections/pages/create?locale=sv`);
    await page.locator('input[name="key"]').fill('webbtest-synkrad');
    await page.locator('input[name="title"]').fill('Synkraden');
    // First a draft: not on the website.
    await page.getByRole('button', { name: /spara utkast/i }).click();
    await page.waitForURL(/\/pages\/\d+/);
    await says(/^Inte på webbplatsen/);
    // Published from the same edit view: the line follows without a reload.
    await page.getByRole('button', { name: /publicera ändringar/i }).click();
    await says(/^På webbplatsen sedan \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.$/);
    const published = await line.textContent();
    // The line names the minute; its instant in full tells a later save's time from the publication's.
    const since = async () => line.getAttribute('data-since');
    const publishedAt = await since();
    expect(Date.parse(publishedAt!)).toBeGreaterThan(Date.now() - 60_000);

    await page.locator('input[name="title"]').fill('Synkraden, utkast');
    await expectVisible(
      page
        .locator('[data-schedule-hint]')
        .getByText(/Schemalägg publicering finns i Publicera-menyn när ändringarna är sparade/),
    );
    await page.getByRole('button', { name: /spara utkast/i }).click();
    await expectVisible(page.getByText(/uppdaterades|sparat|sparades/i));
    // The draft never reaches the website: once its sync has run, the line still names when the live version got there.
    const pageId = new URL(page.url()).pathname.split('/').pop();
    await expect
      .poll(
        async () =>
          ((await (await page.request.get(`${cms.url}/api/pages/${pageId}/sync-state`)).json()) as { pending: boolean })
            .pending,
        { timeout: 30_000, interval: 100, message: "the draft's sync has run" },
      )
      .toBe(false);
    await says(published!);
    expect(await since()).toBe(publishedAt);
    expect(await page.locator('[data-schedule-hint]').count()).toBe(0);

    await page.getByRole('button', { name: /publicera ändringar/i }).click();
    // While the sync is under way the line names no instant; then the new publication's, later than the first.
    const laterThanFirst = async () => {
      const at = await since();
      return at !== null && Date.parse(at) > Date.parse(publishedAt!);
    };
    await expect.poll(laterThanFirst, { timeout: 30_000, interval: 200 }).toBe(true);
    await says(/^På webbplatsen sedan \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.$/);
    await page.screenshot({ path: resolve(artifacts, 'cms-sync-line.png'), fullPage: true });
  }, 300_000);
});
