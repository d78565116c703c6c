/**
 * The soak's counts: requests per kind and per operation, refusals by the contract's code, failures (with the
 * first few of each, to say what went wrong), and latencies (a sorted array is enough for a few thousand).
 */
import type { Outcome } from './outcome.js';

export const KINDS = ['public read', 'staff read', 'registration', 'moderation', 'publish'] as const;
export type Kind = (typeof KINDS)[number];

interface Line {
  requests: number;
  refused: Map<string, number>;
  failed: number;
  latenciesMs: number[];
}

const newLine = (): Line => ({ requests: 0, refused: new Map(), failed: 0, latenciesMs: [] });

/** The nearest-rank percentile `p` (0–100) of `values`. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export class Tally {
  private readonly kinds = new Map<Kind, Line>(KINDS.map((kind) => [kind, newLine()]));
  private readonly operations = new Map<string, Line>();
  readonly failures: string[] = [];
  /** Requests not sent because as many as the bound allows were still waiting for their answers. */
  skipped = 0;

  record(kind: Kind, operation: string, outcome: Outcome, latencyMs: number): void {
    let byOperation = this.operations.get(operation);
    if (!byOperation) this.operations.set(operation, (byOperation = newLine()));
    for (const line of [this.kinds.get(kind)!, byOperation]) {
      line.requests++;
      line.latenciesMs.push(latencyMs);
      if (outcome.kind === 'refused') line.refused.set(outcome.code, (line.refused.get(outcome.code) ?? 0) + 1);
      if (outcome.kind === 'failed') line.failed++;
    }
    if (outcome.kind === 'failed' && this.failures.length < 20)
      this.failures.push(`${kind} ${operation}: ${outcome.what}`);
  }

  get requests(): number {
    return [...this.kinds.values()].reduce((sum, line) => sum + line.requests, 0);
  }

  get failed(): number {
    return [...this.kinds.values()].reduce((sum, line) => sum + line.failed, 0);
  }

  /** One row per kind, then per operation. */
  table(): string {
    const row = (name: string, line: Line) =>
      [
        name.padEnd(28),
        String(line.requests).padStart(7),
        String(line.failed).padStart(7),
        ([...line.refused].map(([code, count]) => `${code} ${count}`).join(', ') || '-').padEnd(34),
        percentile(line.latenciesMs, 50).toFixed(0).padStart(7),
        percentile(line.latenciesMs, 99).toFixed(0).padStart(7),
        Math.max(0, ...line.latenciesMs)
          .toFixed(0)
          .padStart(7),
      ].join(' ');
    const header = ['kind / operation'.padEnd(28), 'reqs'.padStart(7), 'errors'.padStart(7)]
      .concat(['contract refusals'.padEnd(34), 'p50 ms'.padStart(7), 'p99 ms'.padStart(7), 'max ms'.padStart(7)])
      .join(' ');
    const kinds = [...this.kinds].filter(([, line]) => line.requests > 0).map(([kind, line]) => row(kind, line));
    const operations = [...this.operations]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, line]) => row(`  ${name}`, line));
    return [header, ...kinds, '', ...operations].join('\n');
  }
}
