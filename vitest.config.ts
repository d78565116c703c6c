import { basename } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const browserFiles = ['test/browser/**/*.test.ts'];

/**
 * The slower checks that repeat what another file covers on a different part (next dev beside next start, SQLite
 * beside PostgreSQL, the contract's lists paged two at a time beside pagination.test.ts) and the property tests
 * (`npm run test:property` runs them with 500 runs): `npm run test:extended` runs them all; `npm test` (CI) leaves
 * them out to stay under 20 minutes.
 */
const extendedFiles = [
  'test/browser/admin-dev.test.ts',
  'test/cms/publishing.sqlite.test.ts',
  'test/cms/import-resync.sqlite.test.ts',
  'test/cms/schedules.sqlite.test.ts',
  'test/pagination-contract.test.ts',
  'test/cms/read-model-property.test.ts',
  'test/cms/approved-as-shown-property.test.ts',
  'test/register/property.test.ts',
  // `npm run restore:drill` runs the same drill on the example content; this file adds the damaged restore's check.
  'test/restore-drill.test.ts',
];
const extended = process.env.VARNA_EXTENDED_TESTS === 'true';

/**
 * The fault suite's outages (a DynamoDB Local of its own stopped and restarted, the SMTP server and a webhook
 * receiver down, slow and failing) and its simulated faults (throttling, conflicts, SES, clock skew): `npm run
 * faults` (which sets VARNA_FAULTS_REPORT) and `npm run test:extended` run them with every other row; `npm test`
 * runs the real kills and the poison records (CI's 20 minutes).
 */
const faultsOnlyFiles = ['test/faults/outages.test.ts', 'test/faults/simulated.test.ts'];
const faults = Boolean(process.env.VARNA_FAULTS_REPORT);

/**
 * The browser files in an order that keeps `next dev`'s compile away from the production build: the file
 * that builds and the other file on that build first (the second waits for the build, which is more than
 * a core's worth), then `next dev` beside whichever is still running. Beside the build, under a loaded
 * machine, `next dev` took more than its setup's 5 minutes to come up. Vitest would start the largest file
 * first (or the longest of the last run, from a cache CI does not keep).
 */
// A short file on the production build (moderation, about a minute after the build) goes last, beside the
// longer files' ends, rather than first, where it would hold back the start of one of them.
const browserOrder = ['admin-production', 'admin', 'admin-dev', 'coordinator', 'editor-dashboard', 'moderation'];

class BrowserFilesInOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isBrowser = (spec: TestSpecification) => spec.project.name === 'browser';
    const rank = (spec: TestSpecification) => browserOrder.indexOf(basename(spec.moduleId, '.test.ts'));
    const browser = sorted.filter(isBrowser).sort((a, b) => rank(a) - rank(b));
    let next = 0;
    return sorted.map((spec) => (isBrowser(spec) ? browser[next++]! : spec));
  }
}

export default defineConfig({
  // The admin's server components (TSX, which tsconfig leaves to Next) are rendered by some tests.
  oxc: { jsx: { runtime: 'automatic' } },
  // One graphql-js in the tests, as in Node and in the bundle: Vite would resolve our own imports of graphql
  // to its ESM file while the libraries that Node loads (Apollo, @graphql-tools) get its CommonJS one, and
  // graphql-js refuses a schema built by the other copy.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    sequence: { sequencer: BrowserFilesInOrder },
    hookTimeout: 90_000,
    // Each file gets its own table in one shared DynamoDB Local. Two groups, one after the other, each as
    // wide as keeps a 2-core machine busy without the workers slowing each other: the admin's browser files
    // two at a time (each builds, compiles or serves the Next.js admin, more than a core's worth; the files
    // on `next start` share one build of the run), then every other file three at a time (each waits on
    // DynamoDB Local, PostgreSQL or a timer part of its time). With the browser files beside the others both
    // were slower (21.9 min, against 9.2 + 10.4 apart), and a third worker beside them made a browser test
    // miss its timing.
    projects: [
      {
        extends: true,
        test: {
          name: 'browser',
          include: browserFiles,
          exclude: extended ? [] : extendedFiles,
          // Besides the run's DynamoDB Local (the config's own globalSetup, which a project inherits).
          globalSetup: ['test/browser/global-setup.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['test/**/*.test.ts'],
          exclude: [
            ...browserFiles,
            ...(extended ? [] : extendedFiles),
            ...(extended || faults ? [] : faultsOnlyFiles),
          ],
          maxWorkers: 3,
          sequence: { groupOrder: 1 },
        },
      },
    ],
    // The AWS SDK warns on every Node 20 process that its 2027 releases need Node 22 (Lambda runs 24).
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
