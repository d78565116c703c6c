/**
 * The `npm run dev` the soak runs against: the one already answering on API_PORT/CMS_PORT (default 4000/3000,
 * its data folder VARNA_DATA_DIR or .data, where its dev issuer's key is), or else a fresh one started here on free
 * ports in a new data folder, removed afterwards. Loopback only: every address is 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../support/free-port.js';
import { cmsRootOf, listenerOf } from './processes.js';

export interface DevSystem {
  apiUrl: string;
  cmsUrl: string;
  dataDir: string;
  /** dev.ts's process, where the API runs. */
  apiPid: number;
  /** The `next dev` process the CMS runs under. */
  cmsPid: number;
  startedHere: boolean;
  /** The end of dev's own output (when started here), for a failure's report. */
  output: () => string;
  stop: () => Promise<void>;
}

const root = resolve(import.meta.dirname, '../..');

const answers = (url: string, timeoutMs: number) =>
  fetch(url, { signal: AbortSignal.timeout(timeoutMs) }).then(
    (response) => response.status < 500,
    () => false,
  );

/** Waits until each URL answers below 500 (the first request to a CMS route compiles it under `next dev`). */
async function waitUntilUp(urls: string[], child: ChildProcess | undefined, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (const url of urls) {
    while (!(await answers(url, 180_000))) {
      if (child && child.exitCode !== null) throw new Error(`npm run dev exited:\n${output()}`);
      if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${output()}`);
      await new Promise((done) => setTimeout(done, 1000));
    }
  }
}

function processesOf(apiPort: number): { apiPid: number; cmsPid: number } {
  const apiPid = listenerOf(apiPort);
  if (!apiPid) throw new Error(`No process of this user listens on 127.0.0.1:${apiPort}`);
  const cmsPid = cmsRootOf(apiPid);
  if (!cmsPid) throw new Error(`The process on ${apiPort} (pid ${apiPid}) has no \`next dev\` child: not npm run dev?`);
  return { apiPid, cmsPid };
}

async function attach(apiPort: number, cmsPort: number): Promise<DevSystem | undefined> {
  const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  if (!(await answers(`${apiUrl}?query=%7B__typename%7D`, 5000))) return undefined;
  await waitUntilUp([`${cmsUrl}/api/pages?limit=1`], undefined, () => '', 600_000);
  const dataDir = resolve(process.env.VARNA_DATA_DIR ?? join(root, '.data'));
  return {
    apiUrl,
    cmsUrl,
    dataDir,
    ...processesOf(apiPort),
    startedHere: false,
    output: () => '',
    stop: async () => {},
  };
}

async function start(): Promise<DevSystem> {
  const [apiPort, cmsPort, dynamoPort, mailPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const dataDir = mkdtempSync(join(tmpdir(), 'varna-soak-'));
  // dev.ts in this process's Node, as `npm run dev` runs it (tsx), so that its pid is the API's.
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/dev.ts'], {
    cwd: root,
    env: {
      ...process.env,
      VARNA_DATA_DIR: dataDir,
      API_PORT: String(apiPort),
      CMS_PORT: String(cmsPort),
      DYNAMODB_PORT: String(dynamoPort),
      MAIL_PORT: String(mailPort),
      // The soak reaches the CMS's REST API only, not the admin's pages.
      CMS_WARM_ADMIN: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-6000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      process.kill(-child.pid!, 'SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 30_000))]);
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  try {
    // The first start imports the example content through the CMS, then `next dev` compiles each route on its first request.
    await waitUntilUp(
      [`${apiUrl}?query=%7B__typename%7D`, `${cmsUrl}/api/pages?limit=1`],
      child,
      () => output,
      900_000,
    );
    return { apiUrl, cmsUrl, dataDir, ...processesOf(apiPort), startedHere: true, stop, output: () => output };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The running `npm run dev` on API_PORT/CMS_PORT, unless `fresh`; otherwise a new one of the soak's own. */
export async function devSystem(options: { fresh: boolean }): Promise<DevSystem> {
  if (!options.fresh) {
    const running = await attach(Number(process.env.API_PORT ?? 4000), Number(process.env.CMS_PORT ?? 3000));
    if (running) return running;
  }
  return start();
}
