import { execFile } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEV_ADMIN } from '../../cms/dev-admin.js';
import { createTestApi, type TestApi } from '../support/api.js';
import { seedSample } from '../support/seed.js';
import {
  expectDoorsClosedExceptToCmsUsers,
  hardeningProblems,
  signIn,
  uploadInternalMinutes,
} from '../support/cms-doors.js';
import { importExampleContent, localCmsServerEnvironment, startCmsServer, type CmsServer } from './cms-server.js';
import { adminViews, problemsOpening } from './page-problems.js';
import { signedInAsLocalAdmin } from './chromium.js';

/**
 * The admin under `next dev`, as `npm run dev` serves it: its doors, its views in Chromium and Next's dev
 * server itself. An editor's day in the admin runs on the production build (admin.test.ts): here each view
 * costs a compile and dev React's checks.
 */
let api: TestApi;
let cms: CmsServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  api = await createTestApi();
  // Districts and the rest of the example content, as the editor's day has them.
  await seedSample(api);
  cms = await startCmsServer({
    env: localCmsServerEnvironment({ endpoint: inject('dynamoEndpoint'), tableName: api.config.dynamo.tableName }),
  });
  // The local admin that npm run dev creates, signed in through the login form as a person would.
  ({ browser, page } = await signedInAsLocalAdmin(cms.url));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

// First, before any save of this admin has run a read-model sync: the Moderation view once crashed on a
// fresh `next dev` whose schema push had loaded drizzle-kit into the admin's process (see cms/local-schema.ts).
describe('every door of the CMS under next dev (as npm run dev serves it)', () => {
  let editor: string;

  beforeAll(async () => {
    // Every collection filled as npm run dev fills it (drafts, INTERNAL content, consent withheld), and internal minutes.
    await importExampleContent(cms.env);
    editor = await signIn(cms.url, DEV_ADMIN.email, DEV_ADMIN.password);
    await uploadInternalMinutes(cms.url, editor);
  }, 300_000);

  it("answers an anonymous caller on every REST route of every collection with no document and no file, and an editor's session with them", async () => {
    await expectDoorsClosedExceptToCmsUsers(cms.url, editor);
  }, 300_000);

  it('keeps its pages out of frames and shared caches, and takes moderation decisions as JSON only', async () => {
    expect(await hardeningProblems(cms.url, editor)).toEqual([]);
  }, 120_000);

  // Every collection's edit view is opened under the production build (admin-production.test.ts); here, where
  // each view costs a compile and dev React's checks, the views this project adds and one edit view with
  // every field component of its own (rich text, the language banner, the sync line).
  it("opens the project's views, the dashboard, the account and a support resource's edit view in Chromium without an error", async () => {
    const views = await adminViews(cms.url, editor, ['support-resources']);
    const problems: string[] = [];
    for (const view of views) problems.push(...(await problemsOpening(page, `${cms.url}${view}`)));
    expect(problems).toEqual([]);
  }, 600_000);
});

describe("Next's dev server", () => {
  it("answers the admin's API requests in its own process, without starting a process per request (Next's dev server, patched)", async () => {
    const headers = { authorization: `JWT ${await signIn(cms.url, DEV_ADMIN.email, DEV_ADMIN.password)}` };
    // Unpatched, `next dev` forks a static-paths worker for every request to a dynamic route, which loads the
    // whole Payload route again (about 2 s of CPU each; patches/next+16.4.6.patch).
    const workers = async () => {
      const { stdout } = await promisify(execFile)('ps', ['-e', '-o', 'pgid=,pid=,args=']);
      return stdout
        .split('\n')
        .filter(
          (line) =>
            Number(line.trim().split(/\s+/)[0]) === cms.processGroup && line.includes('jest-worker/processChild'),
        );
    };
    const seen = new Set<string>();
    for (let request = 0; request < 3; request++) {
      const response = await fetch(`${cms.url}/api/pages?limit=1&depth=0`, { headers });
      expect(response.status).toBe(200);
      for (let look = 0; look < 10; look++) {
        for (const worker of await workers()) seen.add(worker.trim());
        await sleep(50);
      }
    }
    expect([...seen]).toEqual([]);
  });
});
