import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEV_ADMIN } from '../../cms/dev-admin.js';
import type { Viewer } from '../../functions/auth/viewer.js';
import { registrationIdOf } from '../../functions/training/context.js';
import { registerForTraining } from '../../functions/training/registrations.js';
import { createTestApi, TENANT, type TestApi } from '../support/api.js';
import { signIn } from '../support/cms-doors.js';
import { contractOperation } from '../support/contract.js';
import { launchChromium } from './chromium.js';
import { importExampleContent, localCmsServerEnvironment, startCmsServer, type CmsServer } from './cms-server.js';
import { signInThroughForm } from './page-problems.js';
import { productionBuild, productionBuildFolder } from './production-build.js';

/**
 * Botkyrka's safety coordinator in the admin (the production build, with the example content): a coordinator
 * account sees what the role may use (trainings, reports; no moderation, no editorial to-dos it cannot open)
 * and works with a training's people on its Deltagare tab: the roll, the waiting list, attendance, the CSV.
 */
const artifacts = resolve(import.meta.dirname, '../../test-results');
let api: TestApi;
let cms: CmsServer;
let browser: Browser;
let page: Page;
let adminToken: string;

const HOUR = 60 * 60 * 1000;
/** The people who register, in this order: two seats, then the waiting list. */
const people = [
  ['anna', 'Anna Andersson', 'socialforvaltningen', 'Socialförvaltningen'],
  ['bertil', 'Bertil Berg', 'utbildningsforvaltningen', 'Utbildningsförvaltningen'],
  ['cecilia', 'Cecilia Carlsson', 'socialforvaltningen', 'Socialförvaltningen'],
  ['david', 'David Dahl', 'kultur-och-fritidsforvaltningen', 'Kultur- och fritidsförvaltningen'],
] as const;

/** The admin's notation of an instant: `yyyy-MM-dd HH:mm`, Stockholm time (computed apart from the CMS's code). */
function stockholm(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Stockholm',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** A training published through the CMS as an editor would, once the API's table has it; its CMS id. */
async function publishTraining(key: string, title: string, startsAt: Date): Promise<number> {
  const response = await fetch(`${cms.url}/api/trainings?locale=sv`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${adminToken}` },
    body: JSON.stringify({
      _status: 'published',
      key,
      title,
      visibility: 'INTERNAL',
      audience: 'FIRST_LINE_STAFF',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * HOUR).toISOString(),
      capacity: 2,
    }),
  });
  const body = (await response.json()) as { doc?: { id: number } };
  expect(response.status, JSON.stringify(body)).toBe(201);
  // The save's sync runs right after its response (vitest's expect.poll is for tests, not their setup).
  for (const deadline = Date.now() + 30_000; ; await new Promise((done) => setTimeout(done, 200))) {
    const { data } = await api.db.entities.training
      .get({ tenant: TENANT, scope: 'staff', key })
      .go({ consistent: true });
    if (data) break;
    if (Date.now() > deadline) throw new Error(`The training ${key} did not reach the API's table.`);
  }
  return body.doc!.id;
}

/** Staff registering as they did before the training started (the registration code with that day's clock). */
async function register(trainingKey: string, startsAt: Date, who: readonly (typeof people)[number][]) {
  const ids: string[] = [];
  for (const [index, [subject, name, department]] of who.entries()) {
    const viewer: Viewer = { role: 'STAFF', roles: ['STAFF'], subject, name, email: `${subject}@example.org` };
    const registration = await registerForTraining(
      {
        db: api.db,
        tenant: TENANT,
        viewer,
        cursorSecret: api.config.cursorSecret,
        // A minute apart: the order of registration is the order of the waiting list.
        now: new Date(startsAt.getTime() - 24 * HOUR + index * 60_000),
      },
      { trainingId: trainingKey, department, idempotencyKey: `${trainingKey}-${subject}` },
    );
    ids.push(registrationIdOf(registration));
  }
  return ids;
}

const started = new Date(Date.now() - HOUR);
const upcoming = new Date(Date.now() + 7 * 24 * HOUR);
let startedId: number;
let upcomingId: number;
let registrationIds: string[];
const email = `samordnare-${Date.now()}@example.org`;
const password = 'a-coordinators-password-1';

beforeAll(async () => {
  api = await createTestApi();
  await productionBuild();
  cms = await startCmsServer({
    env: {
      ...localCmsServerEnvironment({ endpoint: inject('dynamoEndpoint'), tableName: api.config.dynamo.tableName }),
      ...productionBuildFolder,
    },
    mode: 'production',
  });
  // The example content (drafts, stale details, scheduled publications: the dashboard's editorial to-dos) and
  // its departments in the API's table.
  await importExampleContent(cms.env);
  adminToken = await signIn(cms.url, DEV_ADMIN.email, DEV_ADMIN.password);
  startedId = await publishTraining('samordnare-pagaende', 'Grundutbildning som pågår (test)', started);
  upcomingId = await publishTraining('samordnare-kommande', 'Grundutbildning som kommer (test)', upcoming);
  registrationIds = await register('samordnare-pagaende', started, people);
  await register('samordnare-kommande', upcoming, people.slice(0, 1));
  // The safety coordinator's CMS account has the coordinator role only.
  const created = await fetch(`${cms.url}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${adminToken}` },
    body: JSON.stringify({ email, password, roles: ['coordinator'] }),
  });
  expect(created.status).toBe(201);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(30_000);
  await signInThroughForm(page, cms.url, email, password);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

/** A table's rows as their cells' texts. */
const rowsOf = (table: ReturnType<Page['locator']>) =>
  table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '')),
    );

describe('the coordinator in the CMS admin', () => {
  it('offers the coordinator only what the role may use: trainings and reports, no moderation, no dead to-dos', async () => {
    await page.goto(`${cms.url}/admin`);
    const nav = page.locator('nav.nav__wrap');
    await nav.locator('a[href="/admin/collections/trainings"]').first().waitFor({ state: 'attached' });
    expect(await nav.locator('a[href="/admin/reports"]').count()).toBeGreaterThan(0);
    expect(await nav.locator('a[href="/admin/moderation"]').count()).toBe(0);
    expect(await nav.innerText()).not.toMatch(/Moderering/);
    // Collections a coordinator cannot read are not offered.
    for (const slug of ['support-resources', 'organisations', 'pages', 'media'])
      expect(await nav.locator(`a[href="/admin/collections/${slug}"]`).count(), slug).toBe(0);

    // The dashboard lists what the coordinator acts on: the started training, not the editors' to-dos.
    const attention = page.locator('[data-needs-attention]');
    await attention.waitFor();
    for (const editorial of ['drafts', 'scheduled', 'cancelled-schedules', 'failed', 'stale', 'register'])
      expect(await attention.locator(`[data-attention="${editorial}"]`).count(), editorial).toBe(0);
    const item = attention.locator('[data-attention="attendance"] li');
    expect(await item.count()).toBe(1);
    expect(await item.locator('.needs-attention__title').textContent()).toBe('Grundutbildning som pågår (test)');
    expect(await item.locator('.needs-attention__meta').textContent()).toBe(
      `${stockholm(started)} · 2 anmälda, 0 närvarande`,
    );
    const links = await attention.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual([`/admin/collections/trainings/${startedId}/participants`]);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: resolve(artifacts, 'cms-coordinator-dashboard.png'), fullPage: true });

    // What the dashboard links to opens (no "Inget hittades").
    await page.goto(`${cms.url}${links[0]}`);
    await page.locator('table[data-participants="roll"]').waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(/Inget hittades|Nothing found/);
  }, 120_000);

  it('shows the roll and the waiting list on a training’s Deltagare tab, records attendance, and downloads the CSV', async () => {
    // Utbildningar, then the training, then its Deltagare tab.
    await page.goto(`${cms.url}/admin/collections/trainings`);
    await page.getByRole('link', { name: 'Grundutbildning som pågår (test)' }).click();
    await page.waitForURL(new RegExp(`/admin/collections/trainings/${startedId}`));
    // Read only: the coordinator publishes nothing.
    await page.locator('input[name="title"]').waitFor();
    expect(await page.locator('input[name="title"]').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /publicera/i }).count()).toBe(0);
    await page.locator('.doc-tab', { hasText: 'Deltagare' }).click();
    await page.waitForURL(/\/participants(\?|$)/);

    const roll = page.locator('table[data-participants="roll"]');
    await roll.waitFor();
    const registeredAt = (index: number) => stockholm(new Date(started.getTime() - 24 * HOUR + index * 60_000));
    expect(await rowsOf(roll)).toEqual([
      ['Anna Andersson', 'anna@example.org', 'Socialförvaltningen', registeredAt(0), ''],
      ['Bertil Berg', 'bertil@example.org', 'Utbildningsförvaltningen', registeredAt(1), ''],
    ]);
    expect(await rowsOf(page.locator('table[data-participants="waitlist"]'))).toEqual([
      ['1', 'Cecilia Carlsson', 'cecilia@example.org', 'Socialförvaltningen', registeredAt(2)],
      ['2', 'David Dahl', 'david@example.org', 'Kultur- och fritidsförvaltningen', registeredAt(3)],
    ]);

    // Anna came: ticked, saved, and still ticked after a reload.
    const anna = page.getByRole('checkbox', { name: 'Närvaro för Anna Andersson' });
    expect(await anna.isChecked()).toBe(false);
    await anna.click();
    await page
      .locator(`tr[data-registration="${registrationIds[0]}"] [data-attendance-status]`)
      .getByText('Sparat: närvarande')
      .waitFor();
    // The tab's count follows without a reload.
    await page.locator('[data-figure="attended"]').getByText('1', { exact: true }).waitFor();
    await page.screenshot({ path: resolve(artifacts, 'cms-coordinator-participants.png'), fullPage: true });
    await page.reload();
    await roll.waitFor();
    expect(await page.getByRole('checkbox', { name: 'Närvaro för Anna Andersson' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Närvaro för Bertil Berg' }).isChecked()).toBe(false);
    expect(await page.locator('[data-figure="attended"]').textContent()).toBe('1');

    // The API's roll agrees.
    const coordinatorToken = await api.token('coordinator', 'samordnare-api');
    const training = (
      await api.graphql(
        contractOperation('TrainingParticipants'),
        { id: 'samordnare-pagaende' },
        { token: coordinatorToken },
      )
    ).body.data!.training;
    expect(
      training.registrations.map(
        (r: { name: string; status: string; waitlistPosition: number | null; attended: boolean }) => [
          r.name,
          r.status,
          r.waitlistPosition,
          r.attended,
        ],
      ),
    ).toEqual([
      ['Anna Andersson', 'REGISTERED', null, true],
      ['Bertil Berg', 'REGISTERED', null, false],
      ['Cecilia Carlsson', 'WAITLISTED', 1, false],
      ['David Dahl', 'WAITLISTED', 2, false],
    ]);

    // The CSV: Swedish headers, `;`, a byte order mark, the view's rows in its order.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ned deltagarlistan (CSV)' }).click(),
    ]);
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(
      csv
        .slice(1)
        .trim()
        .split('\r\n')
        .map((line) => line.split(';')),
    ).toEqual([
      ['Namn', 'E-post', 'Förvaltning', 'Anmäld', 'Status', 'Plats', 'Närvarande'],
      ['Anna Andersson', 'anna@example.org', 'Socialförvaltningen', registeredAt(0), 'anmäld', '', 'ja'],
      ['Bertil Berg', 'bertil@example.org', 'Utbildningsförvaltningen', registeredAt(1), 'anmäld', '', 'nej'],
      ['Cecilia Carlsson', 'cecilia@example.org', 'Socialförvaltningen', registeredAt(2), 'väntelista', '1', ''],
      ['David Dahl', 'david@example.org', 'Kultur- och fritidsförvaltningen', registeredAt(3), 'väntelista', '2', ''],
    ]);
  }, 120_000);

  it('answers a refused attendance in Swedish and records none before the training starts', async () => {
    const attendance = (trainingId: number, body: unknown, type = 'application/json') =>
      page.request.post(`${cms.url}/api/trainings/${trainingId}/attendance`, {
        headers: { 'content-type': type },
        data: typeof body === 'string' ? body : JSON.stringify(body),
      });
    // A person on the waiting list has no seat to attend.
    const waiting = await attendance(startedId, { registrationId: registrationIds[2], attended: true });
    expect(waiting.status()).toBe(409);
    expect((await waiting.json()).error).toBe(
      'Närvaro registreras bara för den som har en plats (inte väntelistan eller en avbokning).',
    );
    // A registration of another training is not this training's.
    const other = await attendance(upcomingId, { registrationId: registrationIds[0], attended: true });
    expect(other.status()).toBe(404);
    expect((await other.json()).error).toBe('Den här anmälan finns inte för utbildningen.');
    const bad = await attendance(startedId, { registrationId: registrationIds[0], attended: 'ja' });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toBe('Skicka {registrationId, attended}: attended är true eller false.');
    expect((await attendance(startedId, 'x', 'text/plain')).status()).toBe(415);
    // The coordinator writes no content.
    const edit = await page.request.patch(`${cms.url}/api/trainings/${startedId}`, {
      headers: { 'content-type': 'application/json' },
      data: JSON.stringify({ title: 'Ändrad av samordnaren' }),
    });
    expect(edit.status()).toBe(403);
    expect((await page.request.get(`${cms.url}/api/support-resources?limit=1`)).status()).toBe(403);

    // A training that has not started: its roll, no check boxes yet.
    await page.goto(`${cms.url}/admin/collections/trainings/${upcomingId}/participants`);
    await page.locator('table[data-participants="roll"]').waitFor();
    await page.getByText('Närvaron kan registreras när utbildningen har börjat.').waitFor();
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByText('Ingen väntar.').count()).toBe(1);
  }, 120_000);
});
