import { build } from 'esbuild';
import path from 'node:path';
const root = path.resolve(import.meta.dirname, '../..');
const platform = path.join(root, '.sst/platform');
await build({
  entryPoints: [path.join(root, 'test/infra/program.ts')],
  outfile: path.join(platform, 'varna-mock-program.mjs'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  inject: [path.join(root, 'test/infra/shim.ts')],
  nodePaths: [path.join(platform, 'node_modules')],
  external: ['@pulumi/*', 'esbuild'],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'error',
});
console.log('built');
