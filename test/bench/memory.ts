import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { apiGatewayEvent } from '../../functions/local/api-gateway-event.js';
import type { WarmRead } from './warm-path.js';
import { requestFunctionNodeOptions } from '../../functions/build/node-options.js';

export interface MemoryFigures {
  rounds: { requests: number; heapUsedMb: number; rssMb: number; peakRssMb: number }[];
  failures: number;
}

/**
 * The bundled handler in a process of its own answers three thousand mixed requests: every contract read
 * (anonymous, staff, moderator, association), each with fresh variables where it takes any, a query that
 * fails validation, and a malformed body, in turn. The heap after a full collection at each thousand shows
 * whether anything accumulates per request; the peak resident set is the instance's footprint.
 */
export async function measureMemory(options: {
  bundle: string;
  eventsFile: string;
  environment: Record<string, string>;
  reads: WarmRead[];
}): Promise<MemoryFigures> {
  const events = [];
  for (let variant = 0; variant < 40; variant++) {
    for (const read of options.reads) {
      // Fresh variables and operation names each turn: caches keyed by request must stay bounded.
      const variables = { ...read.variables, ...(read.source.includes('$first') ? { first: 1 + (variant % 20) } : {}) };
      events.push(
        apiGatewayEvent({
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(read.token ? { authorization: `Bearer ${read.token}` } : {}),
          },
          body: JSON.stringify({ query: read.source, variables }),
        }),
      );
    }
    events.push(
      apiGatewayEvent({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query Unknown${variant} { noSuchField${variant} }` }),
      }),
      apiGatewayEvent({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": "{ districts { slug } ',
      }),
    );
  }
  writeFileSync(options.eventsFile, JSON.stringify(events));
  const { NODE_OPTIONS: _bench, ...inherited } = process.env;
  const run = await promisify(execFile)(
    process.execPath,
    ['--expose-gc', 'test/bench/memory-probe.mjs', options.bundle, options.eventsFile, '3'],
    {
      // The Node options the stacks give the function (its young generation sets much of the resident set).
      env: { ...inherited, ...options.environment, NODE_OPTIONS: requestFunctionNodeOptions },
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as MemoryFigures;
}
