/**
 * `npm run cms:generate`: regenerates Payload's TypeScript types (cms/payload-types.ts) and the admin's
 * import map (cms/app/(payload)/admin/importMap.js) from the config. Both are committed and never edited
 * by hand; a test fails when they are stale.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = {
  ...process.env,
  PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts',
  NODE_OPTIONS: '--conditions=development',
  // Generation only reads the config; give it a throwaway database and secret.
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? randomBytes(32).toString('hex'),
  CMS_SQLITE_URL: `file:${join(mkdtempSync(join(tmpdir(), 'varna-generate-')), 'cms.db')}`,
  DATABASE_URL: '',
  CMS_AUTORUN_JOBS: 'false',
};

for (const command of ['generate:types', 'generate:importmap']) {
  const run = spawnSync('npx', ['payload', command], { env, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
