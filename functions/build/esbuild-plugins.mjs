import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The esbuild plugins of the Lambda bundles, in plain JavaScript so that both `npm run build` (and the
// bench, through functions/build/bundle.ts) and SST's deploy build (`nodejs.plugins` in stacks/api.ts) load them.
// Each one keeps code out of the bundle that a Lambda instance would otherwise parse at every cold start
// and never run, or parse twice; `npm run bench` prints what is left (the ten largest modules).

/** A stub module in place of code the bundle leaves out; should it ever run, it says why it is missing. */
const stub = (path, why) => ({
  contents: `throw new Error(${JSON.stringify(`${path} is not part of the Lambda bundle (functions/build/esbuild-plugins.mjs): ${why}`)});`,
  loader: 'js',
});

/**
 * A CommonJS `require` of an ES module makes esbuild wrap that module, and every module it imports, in a
 * lazy initialiser, and a wrapped module is parsed twice at a cold start: once to find where its wrapper
 * ends and again when it first runs. The plugins below keep the big ES module graphs (the AWS SDK,
 * graphql-js, Apollo Server) plain: `npm run bench`'s cold start fell by about 20 ms when they did.
 */

/**
 * @as-integrations/aws-lambda is CommonJS and requires @apollo/server for its HeaderMap class alone; it
 * gets Apollo's HeaderMap module (which imports nothing) instead of all of Apollo Server and graphql-js.
 * @apollo/utils.keyvaluecache requires lru-cache, which would pull in its CommonJS build beside the ESM one
 * the rest imports: it gets the ESM build.
 * @type {import('esbuild').Plugin}
 */
export const singleEsmCopies = {
  name: 'single-esm-copies',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^(@apollo\/server|lru-cache)(\/.*)?$/ }, async (args) => {
      if (args.kind !== 'require-call') return undefined;
      const esm = await esbuild.resolve(args.path, { kind: 'import-statement', resolveDir: args.resolveDir });
      const integration = /@as-integrations[\\/]aws-lambda[\\/]/.test(args.importer);
      if (integration && args.path === '@apollo/server' && !esm.errors.length)
        return { path: join(dirname(esm.path), 'utils', 'HeaderMap.js') };
      return esm;
    });
  },
};

/**
 * ElectroDB is CommonJS and requires @aws-sdk/lib-dynamodb and @aws-sdk/util-dynamodb for the Document
 * Client's commands and `unmarshall`; in the bundle, it gets them from functions/data/electrodb-sdk.ts,
 * which functions/data/db.ts fills from its own imports, so that the SDK stays plain ES modules.
 * @type {import('esbuild').Plugin}
 */
export const electrodbSdkFromTheBundle = {
  name: 'electrodb-sdk-from-the-bundle',
  setup(esbuild) {
    const handedOver = fileURLToPath(new URL('../data/electrodb-sdk.ts', import.meta.url));
    esbuild.onResolve({ filter: /^@aws-sdk\/(lib|util)-dynamodb$/ }, (args) => {
      if (args.kind !== 'require-call' || !/electrodb[\\/]src[\\/]client\.js$/.test(args.importer)) return undefined;
      return { path: args.path, namespace: 'electrodb-sdk' };
    });
    esbuild.onLoad({ filter: /.*/, namespace: 'electrodb-sdk' }, () => ({
      contents: `module.exports = require(${JSON.stringify(handedOver)}).sdkForElectrodb;`,
      loader: 'js',
      resolveDir: dirname(handedOver),
    }));
  },
};

/**
 * Apollo Server imports its GraphOS plugins (usage and schema reporting, federated inline traces) and its
 * cache control plugin on demand; functions/server/apollo.ts switches all four off, so the bundle carries
 * a stub in their place: no protobuf code (about 250 KB to parse at every cold start), and no dynamic
 * import of graphql-js, which would wrap all of it in lazy initialisers.
 * @type {import('esbuild').Plugin}
 */
export const withoutGraphOsPlugins = {
  name: 'without-graphos-plugins',
  setup(esbuild) {
    esbuild.onResolve(
      { filter: /^\.\/plugin\/(usageReporting|schemaReporting|inlineTrace|cacheControl)\/index\.js$/ },
      (args) => {
        if (args.kind !== 'dynamic-import' || !/@apollo[\\/]server[\\/]/.test(args.importer)) return undefined;
        return { path: args.path, namespace: 'graphos-plugin-stub' };
      },
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'graphos-plugin-stub' }, (args) =>
      stub(`Apollo's ${args.path}`, 'keep it disabled in functions/server/apollo.ts.'),
    );
  },
};

/**
 * Apollo hashes every query (its document cache's key) with @apollo/utils.createhash, which looks for
 * `module.require` to use Node's crypto and otherwise falls back to sha.js, a SHA-256 in JavaScript. Inside
 * an ESM bundle there is no `module.require`, so the bundle carried sha.js and its dependencies and ran it
 * on every request. A Lambda is always Node: the hash is node:crypto's.
 * @type {import('esbuild').Plugin}
 */
export const nodeCryptoHash = {
  name: 'node-crypto-hash',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^@apollo\/utils\.createhash$/ }, (args) => ({
      path: args.path,
      namespace: 'node-crypto-hash',
    }));
    esbuild.onLoad({ filter: /.*/, namespace: 'node-crypto-hash' }, () => ({
      contents: "export { createHash } from 'node:crypto';",
      loader: 'js',
    }));
  },
};

/**
 * ElectroDB checks each entity's model against its JSON schema (with the jsonschema package) when the
 * entity is built. The models are fixed in functions/data/entities and every one is built, and so checked,
 * by the tests, which run unbundled; the Lambda skips checking them again at every cold start.
 * @type {import('esbuild').Plugin}
 */
export const modelsCheckedInTests = {
  name: 'models-checked-in-tests',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^jsonschema$/ }, (args) => {
      if (!/electrodb[\\/]src[\\/]validations\.js$/.test(args.importer)) return undefined;
      return { path: args.path, namespace: 'models-checked-in-tests' };
    });
    esbuild.onLoad({ filter: /.*/, namespace: 'models-checked-in-tests' }, () => ({
      contents:
        'class Validator { addSchema() {} validate() { return { valid: true, errors: [] }; } }\nValidator.prototype.customFormats = {};\nmodule.exports = { Validator };',
      loader: 'js',
    }));
  },
};

/**
 * In Lambda the function's role reaches the SDK as environment variables, so the default credential chain
 * (SSO, profiles, web identity, the instance metadata service, with the STS and SSO clients they bring) is
 * code that never runs there. The bundle's default provider is the environment's.
 * @type {import('esbuild').Plugin}
 */
export const lambdaCredentials = {
  name: 'lambda-credentials',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^@aws-sdk\/credential-provider-node$/ }, (args) => ({
      path: args.path,
      namespace: 'lambda-credentials',
    }));
    esbuild.onLoad({ filter: /.*/, namespace: 'lambda-credentials' }, () => ({
      contents: "export { fromEnv as defaultProvider } from '@aws-sdk/credential-provider-env';",
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

/**
 * The SDK's HTTP protocols import their event-stream serde on demand; DynamoDB's API has no event streams.
 * @type {import('esbuild').Plugin}
 */
export const withoutEventStreams = {
  name: 'without-event-streams',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^@smithy\/core\/event-streams$/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      return { path: args.path, namespace: 'event-streams-stub' };
    });
    esbuild.onLoad({ filter: /.*/, namespace: 'event-streams-stub' }, (args) =>
      stub(args.path, 'the API calls no operation with an event stream.'),
    );
  },
};

/**
 * Apollo Server looks for graphql 17's incremental execution with `await import('graphql')`, and a dynamic
 * import's namespace makes esbuild keep all of graphql-js, wrapped in lazy initialisers. The answer
 * depends only on the version, so the bundle's dynamic import yields just that, read from the bundled
 * graphql's package.json (16 here, so Apollo uses `execute`, as it would anyway).
 * @type {import('esbuild').Plugin}
 */
export const graphqlVersionProbe = {
  name: 'graphql-version-probe',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^graphql$/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || !/@apollo[\\/]server[\\/]/.test(args.importer)) return undefined;
      const packageJson = await esbuild.resolve('graphql/package.json', {
        kind: 'import-statement',
        resolveDir: args.resolveDir,
      });
      return { path: packageJson.path, namespace: 'graphql-version-probe' };
    });
    esbuild.onLoad({ filter: /.*/, namespace: 'graphql-version-probe' }, (args) => ({
      contents: `export const version = ${JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')).version)};`,
      loader: 'js',
    }));
  },
};

/**
 * Apollo Server builds a schema from `typeDefs` with @graphql-tools/schema's makeExecutableSchema, which
 * merges the type definitions with @graphql-tools/merge first. Värna hands it a built schema
 * (functions/graphql/schema.ts), so Apollo's import is a stub and the merge code stays out.
 * @type {import('esbuild').Plugin}
 */
export const schemaBuiltAhead = {
  name: 'schema-built-ahead',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^@graphql-tools\/schema$/ }, (args) => {
      if (!/@apollo[\\/]server[\\/]/.test(args.importer)) return undefined;
      return { path: args.path, namespace: 'schema-built-ahead' };
    });
    esbuild.onLoad({ filter: /.*/, namespace: 'schema-built-ahead' }, () => ({
      contents: `export function makeExecutableSchema() { throw new Error('Pass Apollo Server a built schema (functions/graphql/schema.ts): makeExecutableSchema is not part of the Lambda bundle (functions/build/esbuild-plugins.mjs).'); }`,
      loader: 'js',
    }));
  },
};

export default [
  singleEsmCopies,
  electrodbSdkFromTheBundle,
  graphqlVersionProbe,
  schemaBuiltAhead,
  withoutGraphOsPlugins,
  nodeCryptoHash,
  modelsCheckedInTests,
  lambdaCredentials,
  withoutEventStreams,
];
