import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pushLocalSchema, usesLocalSqlite } from '../../cms/local-schema.js';
import { localCmsEnvironment } from '../../functions/local/environment.js';
import { exampleContent } from '../../functions/read-model/fixture.js';

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
  /** The environment the admin runs with: the CMS commands (`npm run cms:…`) work on the same data with it. */
  env: NodeJS.ProcessEnv;
  /** The process group of the server and every process it starts. */
  processGroup: number;
  stop(): Promise<void>;
}

/** This process's environment without any of the project's settings (Värna's, SST's links, the CMS's, AWS's): what a fresh shell has. */
export const withoutProjectSettings = (): NodeJS.ProcessEnv =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(VARNA_|SST_|DYNAMODB_|CMS_|AWS_|DATABASE_URL|PAYLOAD_SECRET)/.test(name),
    ),
  ) as NodeJS.ProcessEnv;

/** The environment of `npm run dev`'s admin (local stage, SQLite) in a data folder of its own. */
export function localCmsServerEnvironment(options: { endpoint: string; tableName: string }): NodeJS.ProcessEnv {
  const dataDir = mkdtempSync(join(tmpdir(), 'varna-browser-'));
  return {
    ...process.env,
    ...localCmsEnvironment({ endpoint: options.endpoint, tableName: options.tableName, dataDir }),
  };
}

/**
 * The CMS admin: `next dev` as `npm run dev` starts it, or `next start` of the production build (after
 * `npm run cms:build`), with `env`. Jobs run as on AWS: no timers, a save's sync right after its response.
 */
export async function startCmsServer(options: {
  env: NodeJS.ProcessEnv;
  mode?: 'dev' | 'production';
  jobsSecret?: string;
  port?: number;
}): Promise<CmsServer> {
  // A port chosen beforehand when the environment names the CMS's own address (VARNA_CMS_URL).
  const port = options.port ?? (await freePort());
  const env: NodeJS.ProcessEnv = { ...options.env };
  // The stage's job-runner secret, linked as on AWS (stacks/cms.ts), when a test plays the deployed cron.
  if (options.jobsSecret)
    env.SST_RESOURCE_CmsJobsSecret = JSON.stringify({ type: 'sst.sst.Secret', value: options.jobsSecret });
  env.CMS_AUTORUN_JOBS = 'false';
  env.CMS_SYNC_AFTER_RESPONSE = 'true';
  env.CMS_TURBOPACK_CACHE = 'off';
  const production = options.mode === 'production';
  if (usesLocalSqlite(env)) pushLocalSchema(env);
  if (production) Object.assign(env, { NODE_ENV: 'production' });
  const child: ChildProcess = spawn(
    process.execPath,
    [
      'node_modules/next/dist/bin/next',
      production ? 'start' : 'dev',
      'cms',
      '--port',
      String(port),
      '--hostname',
      '127.0.0.1',
    ],
    {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  // Under `next dev` the first request compiles the admin (about half a minute); wait for the login page.
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
    env,
    processGroup: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
  };
}

/** Runs `npm run <script> -- args` as a person would, with `env`; `input` is its standard input. */
export function runCmsCommand(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  input?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = execFile(
      'npm',
      ['run', '--silent', script, '--', ...args],
      { cwd: root, env, maxBuffer: 16 * 1024 * 1024, timeout: 240_000 },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(input ?? '');
  });
}

/** Imports `npm run dev`'s example content into the CMS that `env` points at, through `npm run cms:import`. */
export async function importExampleContent(env: NodeJS.ProcessEnv): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'varna-seed-')), 'editorial.json');
  writeFileSync(file, JSON.stringify(exampleContent(new Date())));
  const result = await runCmsCommand('cms:import', [file, '--dashboard-examples'], env);
  if (result.code !== 0) throw new Error(`cms:import failed: ${result.stderr}${result.stdout}`);
}
