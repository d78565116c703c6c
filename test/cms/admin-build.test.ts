import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * The admin's production build, the step OpenNext runs on deploy (`npm run cms:build`, stacks/cms.ts):
 * `npm run dev` serves the admin through `next dev`, which would not notice what only a build refuses.
 */
describe('the CMS admin', () => {
  it('builds for production, with the admin and its API as server routes', async () => {
    const root = resolve(import.meta.dirname, '../..');
    // On AWS the secret comes from the linked PayloadSecret; the build only loads the config.
    const env = { ...process.env, PAYLOAD_SECRET: randomBytes(32).toString('hex') };
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'cms:build'], { cwd: root, env, maxBuffer: 16 * 1024 * 1024 });
    expect(stdout).toMatch(/ƒ \/admin\/\[\[\.\.\.segments\]\]/);
    expect(stdout).toMatch(/ƒ \/api\/\[\.\.\.slug\]/);
  }, 300_000);
});
