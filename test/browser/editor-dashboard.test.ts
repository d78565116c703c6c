import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEV_ADMIN } from '../../cms/dev-admin.js';
import { createTestApi } from '../support/api.js';
import { signIn } from '../support/cms-doors.js';
import { launchChromium, PEOPLES_TIME_ZONE } from './chromium.js';
import { importExampleContent, localCmsServerEnvironment, startCmsServer, type CmsServer } from './cms-server.js';
import { signInThroughForm } from './page-problems.js';
import { productionBuild, productionBuildFolder } from './production-build.js';

/**
 * An editor's dashboard (issue 30), in headless Chromium against the production build in a local run with
 * the example content: a stale item marked verified leaves the list and its document shows the date; "Jag
 * ansvarar" makes the editor its owner; a failed publication says why in words. And the login page is
 * Botkyrka's, not Payload's.
 */
const artifacts = resolve(import.meta.dirname, '../../test-results');
const editor = { email: 'redaktor.dashboard@botkyrka.example', password: 'an-editors-password-1' };
let cms: CmsServer;
let browser: Browser;
let page: Page;
let editorToken: string;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  const api = await createTestApi();
  await productionBuild();
  cms = await startCmsServer({
    env: {
      ...localCmsServerEnvironment({ endpoint: inject('dynamoEndpoint'), tableName: api.config.dynamo.tableName }),
      ...productionBuildFolder,
    },
    mode: 'production',
  });
  // The example content with the dashboard's examples (a failed publication among them).
  await importExampleContent(cms.env);
  // An editor (not an admin), created by the local admin as an admin would.
  const adminToken = await signIn(cms.url, DEV_ADMIN.email, DEV_ADMIN.password);
  const created = await fetch(`${cms.url}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${adminToken}` },
    body: JSON.stringify({ ...editor, name: 'Redaktören', roles: ['editor'] }),
  });
  expect(created.status, await created.clone().text()).toBe(201);
  editorToken = await signIn(cms.url, editor.email, editor.password);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(60_000);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

/** A stale item on the dashboard, by its document's title. */
const staleItem = (title: string) =>
  page.locator('[data-needs-attention] [data-attention="stale"] li').filter({
    has: page.locator('.needs-attention__title', { hasText: title }),
  });

/** A support resource as the CMS's API gives it to the editor. */
async function supportResource(key: string): Promise<{ id: number; verifiedAt?: string | null; owner?: unknown }> {
  const response = await fetch(`${cms.url}/api/support-resources?where[key][equals]=${key}&depth=0`, {
    headers: { authorization: `JWT ${editorToken}` },
  });
  const { docs } = (await response.json()) as { docs: { id: number; verifiedAt?: string | null; owner?: unknown }[] };
  return docs[0]!;
}

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: PEOPLES_TIME_ZONE }).format(new Date());

describe("an editor's dashboard", () => {
  it("shows Botkyrka kommun's name and mark on the login page, and not Payload's logo", async () => {
    await page.goto(`${cms.url}/admin/login`);
    const logo = page.locator('[data-botkyrka-logo]');
    await logo.waitFor({ state: 'visible' });
    expect(await logo.innerText()).toContain('Botkyrka kommun · Värna');
    await page.locator('input[name="email"]').waitFor({ state: 'visible' });
    expect(await page.locator('.graphic-logo').count()).toBe(0);
    await page.screenshot({ path: resolve(artifacts, 'login-botkyrka.png'), fullPage: true });
  }, 120_000);

  it('says why a publication failed in words an editor understands, without the technical detail or retry', async () => {
    await signInThroughForm(page, cms.url, editor.email, editor.password);
    const failed = page.locator('[data-needs-attention] [data-attention="failed"] li').first();
    await failed.waitFor({ state: 'visible' });
    expect(await failed.locator('.needs-attention__reason').innerText()).toMatch(
      /Webbplatsens databas svarade inte, så ändringen har inte nått webbplatsen än\. Du behöver inte göra om något\./,
    );
    // The cause as recorded ("DynamoDB …") is for admins; retrying is theirs too.
    expect(await failed.getByText('Tekniska detaljer').count()).toBe(0);
    expect(await failed.getByRole('button', { name: 'Försök igen' }).count()).toBe(0);
    await expect(failed.getByRole('link', { name: 'Öppna' }).getAttribute('href')).resolves.toMatch(
      /^\/admin\/collections\/organisations\/\d+$/,
    );
  }, 120_000);

  it('marks a stale support resource verified now: it leaves the list and its document shows today', async () => {
    const title = 'Vägledning för personal vid oro för radikalisering (exempel)';
    const item = staleItem(title);
    await item.waitFor({ state: 'visible' });
    expect(await item.innerText()).toContain('aldrig kontrollerad');
    await page.screenshot({ path: resolve(artifacts, 'editor-dashboard.png'), fullPage: true });
    await item.getByRole('button', { name: 'Kontrollerad nu' }).click();
    // Announced in the dashboard's live region, which stays while the item leaves.
    await page
      .locator('[data-attention-result]')
      .filter({ hasText: `"${title}" är markerad som kontrollerad i dag.` })
      .waitFor({ state: 'visible' });
    await item.waitFor({ state: 'detached' });
    const doc = await supportResource('vagledning-for-personal');
    expect(Date.now() - Date.parse(String(doc.verifiedAt))).toBeLessThan(10 * 60_000);
    await page.goto(`${cms.url}/admin/collections/support-resources/${doc.id}`);
    const verifiedAt = page.locator('#field-verifiedAt input');
    await verifiedAt.waitFor({ state: 'visible' });
    // The server renders the field in its own zone (UTC); the editor's browser shows it in theirs once hydrated.
    await expect.poll(() => verifiedAt.inputValue()).toBe(today());
  }, 120_000);

  it('takes responsibility for a stale item: its owner is the editor, on the dashboard and in the document', async () => {
    await page.goto(`${cms.url}/admin`);
    const item = page.locator('[data-needs-attention] [data-attention="stale"] li').filter({
      has: page.getByRole('button', { name: 'Jag ansvarar' }),
    });
    const first = item.first();
    await first.waitFor({ state: 'visible' });
    const title = await first.locator('.needs-attention__title').innerText();
    const href = await first.getByRole('link', { name: 'Öppna' }).getAttribute('href');
    await first.getByRole('button', { name: 'Jag ansvarar' }).click();
    await page
      .locator('[data-attention-result]')
      .filter({ hasText: `Du är nu ansvarig redaktör för "${title}".` })
      .waitFor({ state: 'visible' });
    // Still stale (not verified), now with its owner named and no "Jag ansvarar" for them.
    const changed = staleItem(title);
    await changed.getByText(`ansvarig ${editor.email}`).waitFor({ state: 'visible' });
    expect(await changed.getByRole('button', { name: 'Jag ansvarar' }).count()).toBe(0);
    // The document names the editor as its owner: in the CMS's API and in its edit view's sidebar.
    const [, collection, id] = /^\/admin\/collections\/([^/]+)\/(\d+)$/.exec(href ?? '') ?? [];
    const response = await fetch(`${cms.url}/api/${collection}/${id}?depth=1`, {
      headers: { authorization: `JWT ${editorToken}` },
    });
    expect(((await response.json()) as { owner?: { email?: string } }).owner?.email).toBe(editor.email);
    await page.goto(`${cms.url}${href}`);
    await page.locator('#field-owner').getByText(editor.email).waitFor({ state: 'visible' });
  }, 120_000);
});
