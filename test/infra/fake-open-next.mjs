// Writes the smallest OpenNext build output SST's Nextjs component accepts, for the offline stack tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
const out = path.resolve('.open-next');
for (const dir of ['assets/_next', 'server-functions/default', 'image-optimization-function', 'cache']) mkdirSync(path.join(out, dir), { recursive: true });
writeFileSync(path.join(out, 'assets/_next/placeholder.txt'), 'offline test');
writeFileSync(path.join(out, 'server-functions/default/index.mjs'), 'export const handler = async () => ({});');
writeFileSync(path.join(out, 'image-optimization-function/index.mjs'), 'export const handler = async () => ({});');
const fn = (bundle, extra) => ({ type: 'function', handler: 'index.handler', bundle: `.open-next/${bundle}`, wrapper: 'aws-lambda', converter: 'aws-apigw-v2', ...extra });
writeFileSync(
  path.join(out, 'open-next.output.json'),
  JSON.stringify({
    edgeFunctions: {},
    origins: {
      s3: { type: 's3', originPath: '_assets', copy: [{ from: '.open-next/assets', to: '_assets', cached: true }] },
      default: fn('server-functions/default', { queue: 'sqs', incrementalCache: 's3', tagCache: 'dynamodb' }),
      imageOptimizer: fn('image-optimization-function', { imageLoader: 's3' }),
    },
    behaviors: [{ pattern: '_next/image*', origin: 'imageOptimizer' }, { pattern: '_next/*', origin: 's3' }, { pattern: '*', origin: 'default' }],
    additionalProps: { disableIncrementalCache: true, disableTagCache: true },
  }),
);
const next = path.resolve('.next');
mkdirSync(next, { recursive: true });
writeFileSync(path.join(next, 'BUILD_ID'), 'offline-test');
writeFileSync(path.join(next, 'routes-manifest.json'), JSON.stringify({ version: 3, basePath: '', pages404: true, redirects: [], rewrites: [], headers: [], dynamicRoutes: [], staticRoutes: [], dataRoutes: [] }));
writeFileSync(path.join(next, 'prerender-manifest.json'), JSON.stringify({ version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: { previewModeId: 'x', previewModeSigningKey: 'x', previewModeEncryptionKey: 'x' } }));
