/**
 * `npm run soak [-- --minutes 15] [--rate 4] [--max-requests N] [--concurrency 16] [--fresh]`: a bounded run of
 * mixed work against `npm run dev` (the one on API_PORT/CMS_PORT, or a fresh one it starts on free ports), loopback
 * only. Prints requests, errors and refusals by the contract's codes, p50/p99 per kind and operation, the API's and
 * the CMS's RSS every minute, and whether either grew after warm-up (test/soak/growth.ts says how that is judged).
 * Exits 1 on any error beyond the contract's codes or on growth.
 */
import { parseArgs } from 'node:util';
import { devSystem, type DevSystem } from './dev-system.js';
import { growthVerdict, type GrowthVerdict, type RssSample } from './growth.js';
import { rssMb, treeRssMb } from './processes.js';
import { KINDS, Tally, type Kind } from './tally.js';
import { prepareWorkload } from './workload.js';

const SAMPLE_EVERY_MS = 5_000;
const MAX_RATE = 50;

/** The mix per 24 calls: mostly public reads, as the website is most of the traffic. */
const WEIGHTS: Record<Kind, number> = {
  'public read': 12,
  'staff read': 5,
  registration: 3,
  moderation: 3,
  publish: 1,
};

/** The kinds in a smooth weighted round-robin (nginx's): each kind spread evenly over the cycle. */
function schedule(): Kind[] {
  const total = KINDS.reduce((sum, kind) => sum + WEIGHTS[kind], 0);
  const current = new Map<Kind, number>(KINDS.map((kind) => [kind, 0]));
  const order: Kind[] = [];
  for (let slot = 0; slot < total; slot++) {
    for (const kind of KINDS) current.set(kind, current.get(kind)! + WEIGHTS[kind]);
    const chosen = KINDS.reduce((best, kind) => (current.get(kind)! > current.get(best)! ? kind : best));
    current.set(chosen, current.get(chosen)! - total);
    order.push(chosen);
  }
  return order;
}

function options() {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '15' },
      rate: { type: 'string', default: '4' },
      'max-requests': { type: 'string' },
      concurrency: { type: 'string', default: '16' },
      fresh: { type: 'boolean', default: false },
    },
  });
  const minutes = Number(values.minutes);
  const rate = Number(values.rate);
  const concurrency = Number(values.concurrency);
  if (!(minutes > 0 && minutes <= 120)) throw new Error('--minutes must be above 0 and at most 120');
  if (!(rate > 0 && rate <= MAX_RATE)) throw new Error(`--rate must be above 0 and at most ${MAX_RATE} a second`);
  if (!(concurrency >= 1 && concurrency <= 64)) throw new Error('--concurrency must be 1 to 64');
  const maxRequests = Number(values['max-requests'] ?? Math.ceil(minutes * 60 * rate * 1.5));
  if (!(maxRequests >= 1)) throw new Error('--max-requests must be 1 or more');
  return { durationMs: minutes * 60_000, rate, maxRequests, concurrency, fresh: values.fresh };
}

const mb = (value: number) => value.toFixed(0).padStart(6);

function rssReport(samples: { atMs: number; api: number; cms: number }[]): string {
  // Every minute's sample, and the last.
  const shown = samples.filter(
    (sample, index) => index % (60_000 / SAMPLE_EVERY_MS) === 0 || index === samples.length - 1,
  );
  return [
    'minute  API MB  CMS MB',
    ...shown.map((sample) => `${(sample.atMs / 60_000).toFixed(1).padStart(6)}  ${mb(sample.api)}  ${mb(sample.cms)}`),
  ].join('\n');
}

const describe = (name: string, verdict: GrowthVerdict) =>
  verdict.judged
    ? `${name}: ${verdict.grew ? 'GREW' : 'no growth'} (middle third's peak ${verdict.middlePeakMb.toFixed(0)} MB, last third's ${verdict.lastPeakMb.toFixed(0)} MB, slope ${verdict.slopeMbPerMinute.toFixed(2)} MB/min${verdict.grew ? `: ${verdict.reason}` : ''})`
    : `${name}: not judged (${verdict.reason})`;

async function soak(dev: DevSystem, settings: ReturnType<typeof options>): Promise<boolean> {
  const workload = await prepareWorkload(dev);
  // Unrecorded: the first call of each kind compiles the CMS's routes under `next dev` and fills the caches.
  const warmUp = new Tally();
  for (const kind of KINDS) for (let round = 0; round < 3; round++) await workload.step(kind, warmUp);
  if (warmUp.failed > 0) throw new Error(`The warm-up failed:\n${warmUp.failures.join('\n')}`);

  const tally = new Tally();
  const samples: { atMs: number; api: number; cms: number }[] = [];
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const sample = () => {
    const point = { atMs: elapsed(), api: rssMb(dev.apiPid), cms: treeRssMb(dev.cmsPid) };
    samples.push(point);
    return point;
  };
  sample();
  const sampler = setInterval(() => {
    const point = sample();
    if (samples.length % (60_000 / SAMPLE_EVERY_MS) === 1)
      console.log(
        `${(point.atMs / 60_000).toFixed(0)} min: ${tally.requests} requests, ${tally.failed} errors; API ${point.api.toFixed(0)} MB, CMS ${point.cms.toFixed(0)} MB`,
      );
  }, SAMPLE_EVERY_MS);

  const order = schedule();
  const running = new Set<Promise<void>>();
  let calls = 0;
  console.log(
    `Soak: ${settings.durationMs / 60_000} min at ${settings.rate} calls/s (at most ${settings.maxRequests} requests, ${settings.concurrency} at once) against ${dev.apiUrl} and ${dev.cmsUrl}`,
  );
  // Open loop: calls start on the clock whatever the answers' pace; beyond the bound in flight one is skipped and counted.
  while (elapsed() < settings.durationMs && tally.requests + running.size < settings.maxRequests) {
    const due = (calls + tally.skipped) * (1000 / settings.rate);
    if (due > elapsed()) await new Promise((done) => setTimeout(done, due - elapsed()));
    if (elapsed() >= settings.durationMs) break;
    if (running.size >= settings.concurrency) {
      tally.skipped++;
      continue;
    }
    const kind = order[(calls + tally.skipped) % order.length]!;
    calls++;
    const call: Promise<void> = workload.step(kind, tally).then(
      () => void running.delete(call),
      (error: unknown) => {
        running.delete(call);
        tally.record(kind, 'unexpected', { kind: 'failed', what: String(error) }, 0);
      },
    );
    running.add(call);
  }
  await Promise.all(running);
  const durationMs = elapsed();
  clearInterval(sampler);
  sample();

  const series = (key: 'api' | 'cms'): RssSample[] => samples.map((point) => ({ atMs: point.atMs, rssMb: point[key] }));
  const api = growthVerdict(series('api'), durationMs);
  const cms = growthVerdict(series('cms'), durationMs);
  console.log(`\nSoak report: ${(durationMs / 60_000).toFixed(1)} min, ${calls} calls, ${tally.requests} requests`);
  console.log(
    `(${(tally.requests / (durationMs / 1000)).toFixed(2)}/s), ${tally.failed} errors beyond the contract's codes, ${tally.skipped} calls skipped (${settings.concurrency} in flight)\n`,
  );
  console.log(tally.table());
  console.log(
    `\nRSS (API: pid ${dev.apiPid}; CMS: next dev, pid ${dev.cmsPid}, with its children)\n${rssReport(samples)}\n`,
  );
  console.log(describe('API', api));
  console.log(describe('CMS', cms));
  if (tally.failures.length) console.log(`\nErrors (first ${tally.failures.length}):\n${tally.failures.join('\n')}`);
  const passed = tally.failed === 0 && !api.grew && !cms.grew;
  console.log(`\nVerdict: ${passed ? 'PASSED' : 'FAILED'}`);
  return passed;
}

async function main() {
  const settings = options();
  console.log(settings.fresh ? 'Starting a fresh npm run dev…' : 'Looking for npm run dev (else starting one)…');
  const dev = await devSystem({ fresh: settings.fresh });
  console.log(
    `${dev.startedHere ? 'Started' : 'Attached to'} npm run dev: API ${dev.apiUrl} (pid ${dev.apiPid}), CMS ${dev.cmsUrl} (pid ${dev.cmsPid}), data ${dev.dataDir}`,
  );
  const interrupted = () => void dev.stop().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  let passed: boolean;
  try {
    passed = await soak(dev, settings);
  } catch (error) {
    if (dev.startedHere) console.error(`npm run dev's last output:\n${dev.output()}`);
    throw error;
  } finally {
    await dev.stop();
  }
  process.exit(passed ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
