/**
 * `npm run cms:import -- FILE.json [--dashboard-examples]`: imports editorial content (the contract's
 * fixture format) through the CMS, so that it reaches the API exactly as an editor's publish would. With
 * `--dashboard-examples` (npm run dev's first start) also the dashboard's examples (cms/seed/attention.ts).
 */
import { readFileSync } from 'node:fs';
import { FixtureError, importFixture } from '../import/fixture-import.js';
import { drainSyncJobs } from '../publishing/drain.js';
import { seedAttentionExamples } from '../seed/attention.js';
import { loadPayload, runCli } from './environment.js';

async function main() {
  const file = process.argv.slice(2).find((argument) => !argument.startsWith('--'));
  const dashboardExamples = process.argv.includes('--dashboard-examples');
  if (!file) throw new FixtureError('Usage: npm run cms:import -- FILE.json');
  let fixture: unknown;
  try {
    fixture = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new FixtureError(`${file} is not a readable JSON file: ${error instanceof Error ? error.message : error}`);
  }
  if (!fixture || typeof fixture !== 'object' || Array.isArray(fixture))
    throw new FixtureError(`${file} must hold a JSON object of collections, as fixture.example.json does.`);
  const payload = await loadPayload();
  try {
    const report = await importFixture(payload, fixture);
    const left = await drainSyncJobs(payload);
    if (dashboardExamples) await seedAttentionExamples(payload, new Date());
    console.log(`Imported ${file}: ${report.created.length} created, ${report.updated.length} updated.`);
    for (const line of report.created) console.log(`  created ${line}`);
    for (const line of report.updated) console.log(`  updated ${line}`);
    if (left > 0)
      console.log(`${left} document(s) could not reach the API yet (is DynamoDB up?); the CMS retries them.`);
  } finally {
    await payload.destroy();
  }
}

runCli(main, (error) => error instanceof FixtureError);
