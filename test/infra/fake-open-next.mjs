// Lays out the smallest OpenNext build output SST's Nextjs component accepts, in the CMS's app folder,
// for the offline stack tests (under Pulumi's mocks the real build never runs). Files that already
// exist (a real build) are left alone; `removeFakeOpenNext()` removes only what this wrote.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const written = [];

function write(file, content) {
  if (existsSync(file)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  written.push(file);
}

export function layOutFakeOpenNext(siteDir) {
  const out = path.join(siteDir, '.open-next');
  const handler = 'export const handler = async () => ({});';
  write(path.join(out, 'assets/_next/placeholder.txt'), 'offline test');
  write(path.join(out, 'server-functions/default/index.mjs'), handler);
  write(path.join(out, 'image-optimization-function/index.mjs'), handler);
  mkdirSync(path.join(out, 'cache'), { recursive: true });
  const fn = (bundle, extra) => ({
    type: 'function',
    handler: 'index.handler',
    bundle: `.open-next/${bundle}`,
    wrapper: 'aws-lambda',
    converter: 'aws-apigw-v2',
    ...extra,
  });
  write(
    path.join(out, 'open-next.output.json'),
    JSON.stringify({
      edgeFunctions: {},
      origins: {
        s3: { type: 's3', originPath: '_assets', copy: [{ from: '.open-next/assets', to: '_assets', cached: true }] },
        default: fn('server-functions/default', { queue: 'sqs', incrementalCache: 's3', tagCache: 'dynamodb' }),
        imageOptimizer: fn('image-optimization-function', { imageLoader: 's3' }),
      },
      behaviors: [
        { pattern: '_next/image*', origin: 'imageOptimizer' },
        { pattern: '_next/*', origin: 's3' },
        { pattern: '*', origin: 'default' },
      ],
      additionalProps: { disableIncrementalCache: true, disableTagCache: true },
    }),
  );
  const next = path.join(siteDir, '.next');
  write(path.join(next, 'BUILD_ID'), 'offline-test');
  write(
    path.join(next, 'routes-manifest.json'),
    JSON.stringify({
      version: 3,
      basePath: '',
      pages404: true,
      redirects: [],
      rewrites: [],
      headers: [],
      dynamicRoutes: [],
      staticRoutes: [],
      dataRoutes: [],
    }),
  );
  write(
    path.join(next, 'prerender-manifest.json'),
    JSON.stringify({
      version: 4,
      routes: {},
      dynamicRoutes: {},
      notFoundRoutes: [],
      preview: { previewModeId: 'x', previewModeSigningKey: 'x', previewModeEncryptionKey: 'x' },
    }),
  );
}

export function removeFakeOpenNext() {
  for (const file of written.splice(0)) rmSync(file, { force: true });
}
