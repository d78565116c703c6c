import { appendFileSync } from 'node:fs';

/**
 * One row of the fault matrix (issue 31): a fault injected into the running parts, what a user saw while it
 * lasted, what converged afterwards and what was lost. `npm run faults` (test/faults/run.ts) collects the rows
 * of every file under test/faults/ and prints them as one table; in `npm test` each file asserts its own rows.
 */
export interface FaultRow {
  /** The fault, in a few words: "kill -9 of the CMS between its commit and the read-model sync". */
  fault: string;
  /** `real`: caused here (a killed process, a stopped server); `simulated`: injected where it cannot be caused. */
  kind: 'real' | 'simulated';
  /** What a user saw while the fault lasted: "a 503 SERVICE_UNAVAILABLE", "the page 4 s late". Never a wrong answer. */
  userSaw: string;
  /** Whether everything converged after the fault ended (the read model, the index, the deliveries). */
  converged: boolean;
  /** Milliseconds from the fault's end until everything had converged. */
  convergeMs: number;
  /** Items, registrations, decisions, mails or deliveries lost: must be 0. */
  lost: number;
  /** Duplicates beyond the stated semantics (at-least-once where it is stated so, with its idempotency key): must be 0. */
  duplicates: number;
}

/** Records a row for `npm run faults`'s table (a no-op in `npm test`, which asserts the row instead). */
export function recordFaultRow(row: FaultRow): FaultRow {
  const report = process.env.VARNA_FAULTS_REPORT;
  if (report) appendFileSync(report, `${JSON.stringify(row)}\n`);
  return row;
}

/** The table `npm run faults` prints, and its summary line. */
export function faultTable(rows: FaultRow[]): string {
  const header = ['fault', 'kind', 'user saw', 'converged', 'converge ms', 'lost', 'duplicates'];
  const cells = rows.map((row) => [
    row.fault,
    row.kind,
    row.userSaw,
    row.converged ? 'yes' : 'NO',
    String(row.convergeMs),
    String(row.lost),
    String(row.duplicates),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)));
  const line = (cell: string[]) => cell.map((text, column) => text.padEnd(widths[column]!)).join(' | ');
  const survived = rows.filter((row) => row.converged && row.lost === 0 && row.duplicates === 0).length;
  const summary = [
    `faults injected: ${rows.length}`,
    `survived: ${survived}`,
    `data lost: ${rows.reduce((sum, row) => sum + row.lost, 0)}`,
    `duplicates beyond the stated semantics: ${rows.reduce((sum, row) => sum + row.duplicates, 0)}`,
    `longest time to converge: ${Math.max(0, ...rows.map((row) => row.convergeMs))} ms`,
  ];
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...cells.map(line), '', ...summary].join(
    '\n',
  );
}
