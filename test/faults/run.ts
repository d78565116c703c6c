/**
 * `npm run faults`: runs every fault file under test/faults/ (the same files `npm test` runs) and prints the
 * fault matrix: each fault injected, what a user saw, whether it converged and how long it took, what was lost.
 * Exits non-zero when a file fails or a row did not survive.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { faultTable, type FaultRow } from './matrix.js';

const report = join(mkdtempSync(join(tmpdir(), 'varna-faults-')), 'rows.jsonl');
const run = spawnSync('npx', ['vitest', 'run', '--project', 'api', 'test/faults/', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, VARNA_FAULTS_REPORT: report },
});
const rows: FaultRow[] = existsSync(report)
  ? readFileSync(report, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as FaultRow)
  : [];
console.log(`\nFault matrix (issue 31)\n\n${faultTable(rows)}\n`);
const allSurvived = rows.length > 0 && rows.every((row) => row.converged && row.lost === 0 && row.duplicates === 0);
process.exit(run.status === 0 && allSurvived ? 0 : 1);
