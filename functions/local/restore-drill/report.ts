import type { DrillReport, PartComparison } from './restore-drill.js';

const partNames: Record<DrillReport['parts'][number]['part'], string> = {
  register: 'register (DynamoDB)',
  training: 'training (DynamoDB)',
  // The rebuild's resync adds its own announcements: those restored must all be there, more may be.
  announcements: 'announcements (+ rebuild)',
  other: 'other own items (DynamoDB)',
  readModel: 'read model (rebuilt)',
  documentGuards: 'document guards (DynamoDB)',
  search: 'search index (rebuilt)',
  cmsDatabase: 'CMS database (SQLite rows)',
};

/** How many of a part's differing items a report names. */
const NAMED = 20;

/** The drill's report as `npm run restore:drill` prints it. */
export function printReport(report: DrillReport, log: (line: string) => void = console.log): void {
  log('');
  log('Step                                   Time');
  for (const { step, ms } of report.steps) log(`${step.padEnd(38)} ${(ms / 1000).toFixed(2).padStart(6)} s`);
  log(
    `Total                                  ${(report.steps.reduce((sum, { ms }) => sum + ms, 0) / 1000).toFixed(2).padStart(6)} s`,
  );
  const { republished, removed, unchanged } = report.resync;
  log(`cms:resync: ${republished.length} republished, ${removed.length} removed, ${unchanged} already in line`);
  log('');
  printComparison(report.parts, log);
  log('');
  log(
    report.ok
      ? 'Restore drill passed: every part equal after the restore.'
      : 'Restore drill FAILED: see the differences above.',
  );
}

/** Each part's count and digest before and after, and every item that differs, by name. */
export function printComparison(parts: PartComparison[], log: (line: string) => void = console.log): void {
  log('Part                          Items before  Items after  sha256 before  sha256 after  Equal');
  for (const { part, before, after, differences } of parts) {
    log(
      [
        partNames[part].padEnd(29),
        String(before.count).padStart(12),
        String(after.count).padStart(12),
        ` ${before.digest.slice(0, 12)}  `,
        ` ${after.digest.slice(0, 12)}  `,
        differences.length === 0 ? 'yes' : `NO (${differences.length})`,
      ].join(' '),
    );
  }
  for (const { part, differences } of parts) {
    if (differences.length === 0) continue;
    log('');
    log(`${partNames[part]}: ${differences.length} item(s) differ`);
    for (const line of differences.slice(0, NAMED)) log(`  ${line}`);
    if (differences.length > NAMED) log(`  … and ${differences.length - NAMED} more`);
  }
}
