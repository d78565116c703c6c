import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The admin's browser files first: each spends minutes starting a Next.js server, and started last they
 * would be the whole run's tail while the other workers sit idle.
 */
class BrowserFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => (file.moduleId.includes('/test/browser/') ? 0 : 1);
    return [...sorted].sort((a, b) => rank(a) - rank(b));
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
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    // Each file gets its own table in one shared DynamoDB Local. Two files at a time: most of a test's time
    // is spent waiting on DynamoDB Local, PostgreSQL or a Next.js server (vitest's default would be one
    // worker on a 2-core machine; three made the browser files slower than they saved).
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: BrowserFilesFirst },
    // The AWS SDK warns on every Node 20 process that its 2027 releases need Node 22 (Lambda runs 24).
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
