import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_ADMIN } from '../../cms/dev-admin.js';
import { withoutProjectSettings } from '../browser/cms-server.js';
import { freePort } from '../support/free-port.js';

export interface PublishLatency {
  /** From the save's request to the API serving the new title, per publish. */
  visibleMs: number[];
  /** The save's own request (what the editor waits for before the admin says "published"). */
  saveMs: number[];
}

const PAGE_KEY = 'bench-sida';

/** `npm run dev` as a newcomer starts it, in a data folder and on ports of its own; stopped with its process group. */
async function startDev(): Promise<{ apiUrl: string; cmsUrl: string; stop: () => Promise<void> }> {
  const [apiPort, cmsPort, dynamoPort, mailPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  // What a fresh shell has: none of the project's settings (the bench's table links), nor the bench's NODE_OPTIONS.
  const { NODE_OPTIONS: _bench, ...env } = withoutProjectSettings();
  const child: ChildProcess = spawn('npm', ['run', 'dev'], {
    env: {
      ...env,
      VARNA_DATA_DIR: mkdtempSync(join(tmpdir(), 'varna-bench-dev-')),
      API_PORT: String(apiPort),
      CMS_PORT: String(cmsPort),
      DYNAMODB_PORT: String(dynamoPort),
      MAIL_PORT: String(mailPort),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
  const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  const deadline = Date.now() + 600_000;
  // The first start imports the example content; the admin's first request compiles it under `next dev`.
  for (const url of [`${cmsUrl}/admin/login`, `${cmsUrl}/api/pages?limit=1`]) {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm run dev exited: ${output}`);
      const ok = await fetch(url, { signal: AbortSignal.timeout(180_000) }).then(
        (response) => response.status < 500,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`npm run dev did not come up: ${output}`);
      await new Promise((done) => setTimeout(done, 1000));
    }
  }
  return {
    apiUrl,
    cmsUrl,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      process.kill(-child.pid!, 'SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 20_000))]);
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    },
  };
}

async function json<T>(response: Response | Promise<Response>): Promise<T> {
  const answered = await response;
  const body = (await answered.json()) as T;
  if (!answered.ok) throw new Error(`${answered.url}: ${answered.status} ${JSON.stringify(body)}`);
  return body;
}

/**
 * The time from an editor's publish in `npm run dev`'s admin (the REST request its save button sends) to
 * the page's new title being served by the dev API: the save's own request starts the sync after its
 * response, as on AWS, and the admin's every-second job runner stays the retry path.
 */
export async function measurePublishLatency(options: { runs: number }): Promise<PublishLatency> {
  const dev = await startDev();
  try {
    const { token } = await json<{ token: string }>(
      fetch(`${dev.cmsUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(DEV_ADMIN),
      }),
    );
    const headers = { 'content-type': 'application/json', authorization: `JWT ${token}` };
    const { doc } = await json<{ doc: { id: number | string } }>(
      fetch(`${dev.cmsUrl}/api/pages`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ key: PAGE_KEY, visibility: 'PUBLIC', title: 'Start', _status: 'published' }),
      }),
    );
    const served = async (title: string) => {
      const answer = await json<{ data?: { page?: { title?: string } | null } }>(
        fetch(dev.apiUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: `{ page(slug: "${PAGE_KEY}") { title } }` }),
        }),
      );
      return answer.data?.page?.title === title;
    };
    const publish = async (title: string) => {
      const started = performance.now();
      await json(
        fetch(`${dev.cmsUrl}/api/pages/${doc.id}`, {
          method: 'PATCH',
          headers,
          body: JSON.stringify({ title, _status: 'published' }),
        }),
      );
      const saved = performance.now();
      while (!(await served(title))) {
        if (performance.now() - started > 30_000)
          throw new Error(`The publish of "${title}" did not reach the API within 30 s`);
        await new Promise((done) => setTimeout(done, 2));
      }
      return { visibleMs: performance.now() - started, saveMs: saved - started };
    };
    // Unmeasured: the first saves compile the admin's routes under `next dev`, and on Node 24 the server's code is
    // still being optimised for three saves more (after three warm-ups the next ones took 436, 249 and 179 ms, then
    // 110–180 ms): six, so that the figures are the steady state an editor meets, not the server's start.
    for (let warmUp = 0; warmUp < 6; warmUp++) await publish(`Uppvärmning ${warmUp}`);
    const result: PublishLatency = { visibleMs: [], saveMs: [] };
    for (let run = 0; run < options.runs; run++) {
      const measured = await publish(`Version ${run}`);
      result.visibleMs.push(measured.visibleMs);
      result.saveMs.push(measured.saveMs);
      // Spread over the runner's one-second tick, as editors' clicks are, so the retry path's timing is not one phase of it.
      await new Promise((done) => setTimeout(done, 2500 + ((run * 0.618034) % 1) * 1000));
    }
    return result;
  } finally {
    await dev.stop();
  }
}
