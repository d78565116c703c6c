import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { localCmsEnvironment } from '../../functions/local/environment.js';

const root = resolve(import.meta.dirname, '../..');

export const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });

export interface CmsServer {
  url: string;
  stop(): Promise<void>;
}

/** The CMS admin as `npm run dev` starts it (`next dev`, local stage, SQLite), in a data folder of its own, running its jobs as on AWS. */
export async function startCmsServer(options: { endpoint: string; tableName: string; jobsSecret?: string }): Promise<CmsServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'varna-browser-'));
  const env: NodeJS.ProcessEnv = { ...process.env, ...localCmsEnvironment({ endpoint: options.endpoint, tableName: options.tableName, dataDir }) };
  // The stage's job-runner secret, linked as on AWS (stacks/cms.ts), when a test plays the deployed cron.
  if (options.jobsSecret) env.SST_RESOURCE_CmsJobsSecret = JSON.stringify({ type: 'sst.sst.Secret', value: options.jobsSecret });
  // Jobs as on AWS: no timers in the admin; a save's read-model sync runs right after its response.
  env.CMS_AUTORUN_JOBS = 'false';
  env.CMS_SYNC_AFTER_RESPONSE = 'true';
  const child: ChildProcess = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', 'cms', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  // The first request compiles the admin (about half a minute); wait for the login page to answer.
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The CMS admin exited: ${output}`);
    try {
      const response = await fetch(`${url}/admin/login`, { signal: AbortSignal.timeout(120_000) });
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`The CMS admin did not come up: ${output}`);
    await new Promise((done) => setTimeout(done, 1000));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
  };
}
