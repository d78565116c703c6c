import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, renameSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { withoutProjectSettings } from './cms-server.js';

const root = resolve(import.meta.dirname, '../..');

/** Where the browser tests build the admin (cms/next.config.mjs): not `.next`, which the stack tests read; a one-off build, so without Turbopack's disk cache. */
export const productionBuildFolder = { CMS_NEXT_DIST_DIR: '.next-production-test', CMS_TURBOPACK_CACHE: 'off' };

/**
 * `npm run cms:build`'s output, of the build made once per run (test/browser/global-setup.ts names the run)
 * for every file that starts `next start` on it: the first to ask builds, the others wait for it (a build
 * rewrites its whole folder, and is more than a core's worth of work for a minute or more).
 */
export async function productionBuild(): Promise<string> {
  const shared = join(tmpdir(), `varna-admin-build-${inject('adminBuildRun')}`);
  const result = join(shared, 'result.json');
  let builds = true;
  try {
    mkdirSync(shared);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    builds = false;
  }
  if (builds) {
    let outcome: { output?: string; error?: string };
    try {
      // On AWS the secret comes from the linked PayloadSecret; the build only loads the config.
      const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'cms:build'], {
        cwd: root,
        env: { ...withoutProjectSettings(), ...productionBuildFolder, PAYLOAD_SECRET: randomBytes(32).toString('hex') },
        maxBuffer: 16 * 1024 * 1024,
      });
      outcome = { output: stdout };
    } catch (error) {
      outcome = { error: String(error) };
    }
    // Renamed into place: whoever sees the file sees all of it.
    writeFileSync(`${result}.part`, JSON.stringify(outcome));
    renameSync(`${result}.part`, result);
  }
  // Woken by the folder's change events, not by a timer.
  const watcher = watch(shared);
  try {
    while (!existsSync(result)) await once(watcher, 'change');
  } finally {
    watcher.close();
  }
  const { output, error } = JSON.parse(readFileSync(result, 'utf8')) as { output?: string; error?: string };
  if (error !== undefined) throw new Error(`npm run cms:build failed: ${error}`);
  return output!;
}
