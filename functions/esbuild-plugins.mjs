// The esbuild plugins of the Lambda bundle, in plain JavaScript so that both `npm run build` (and the
// bench, through functions/build.ts) and SST's deploy build (`nodejs.plugins` in stacks/api.ts) load them.

/**
 * @as-integrations/aws-lambda is CommonJS and `require`s @apollo/server, which would pull in Apollo's
 * CommonJS build beside the ESM one our code imports. Resolving both to the ESM build keeps one copy.
 * @type {import('esbuild').Plugin}
 */
export const singleApolloServer = {
  name: 'single-apollo-server',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^@apollo\/server(\/.*)?$/ }, async (args) => {
      if (args.kind !== 'require-call') return undefined;
      return esbuild.resolve(args.path, { kind: 'import-statement', resolveDir: args.resolveDir });
    });
  },
};

/**
 * Apollo Server imports its GraphOS plugins (usage and schema reporting, federated inline traces) on
 * demand; functions/server/apollo.ts switches all three off, so the bundle carries a stub in their place
 * instead of their protobuf code (about 250 KB to parse at every cold start). Should a stub ever be
 * imported, it says so.
 * @type {import('esbuild').Plugin}
 */
export const withoutGraphOsPlugins = {
  name: 'without-graphos-plugins',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\/plugin\/(usageReporting|schemaReporting|inlineTrace)\/index\.js$/ }, (args) => {
      if (args.kind !== 'dynamic-import' || !/@apollo[\\/]server[\\/]/.test(args.importer)) return undefined;
      return { path: args.path, namespace: 'graphos-plugin-stub' };
    });
    esbuild.onLoad({ filter: /.*/, namespace: 'graphos-plugin-stub' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`Apollo's ${args.path} is not part of the Lambda bundle (functions/esbuild-plugins.mjs); keep it disabled in functions/server/apollo.ts.`)});`,
      loader: 'js',
    }));
  },
};

export default [singleApolloServer, withoutGraphOsPlugins];
