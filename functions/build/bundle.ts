/**
 * Bundles the Lambda handlers with esbuild: minified ESM with every dependency inside (the AWS SDK
 * too, so the function does not depend on the runtime's SDK version). `npm run build` writes dist/;
 * the bench measures the same bundle, and SST builds the deployed one with the same plugins
 * (functions/build/esbuild-plugins.mjs, `nodejs.plugins` in stacks/api.ts).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import lambdaPlugins from './esbuild-plugins.mjs';

export const lambdaBuildOptions = (entry: string, outfile: string): BuildOptions => ({
  entryPoints: [entry],
  outfile,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  mainFields: ['module', 'main'],
  legalComments: 'none',
  plugins: lambdaPlugins,
  // CommonJS dependencies inside an ESM bundle still call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  metafile: true,
  logLevel: 'warning',
});

export async function bundle(entry: string, outfile: string) {
  mkdirSync(dirname(outfile), { recursive: true });
  return build(lambdaBuildOptions(entry, outfile));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await bundle('functions/handlers/graphql.ts', 'dist/graphql/index.mjs');
  const bytes = Object.values(result.metafile!.outputs).reduce((total, output) => total + output.bytes, 0);
  console.log(`dist/graphql/index.mjs: ${(bytes / 1024 / 1024).toFixed(2)} MB`);
}
