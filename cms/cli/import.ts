/**
 * `npm run cms:import -- FILE.json [--municipality SLUG] [--dashboard-examples]`: imports editorial content (the
 * contract's fixture format) through the CMS, so that it reaches the API exactly as an editor's publish would, into
 * one municipality (issue 32; without --municipality the deployment's default one). With `--dashboard-examples`
 * (npm run dev's first start) also the dashboard's examples (cms/seed/attention.ts); with `--municipal-examples`
 * also Huddinge and Haninge with their example content, and the national tenant's support line that every municipality
 * shows (cms/seed/municipal-examples.ts).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FixtureError, importFixture } from '../import/fixture-import.js';
import { drainSyncJobs } from '../publishing/drain.js';
import { seedAttentionExamples } from '../seed/attention.js';
import { municipalityBySlug } from '../tenancy/municipality.js';
import { seedMunicipalExamples } from '../seed/municipal-examples.js';
import { loadPayload, runCli } from './environment.js';

async function main() {
  const usage =
    'Usage: npm run cms:import -- FILE.json [--municipality SLUG] [--dashboard-examples] [--municipal-examples]';
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        municipality: { type: 'string' },
        'dashboard-examples': { type: 'boolean', default: false },
        'municipal-examples': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new FixtureError(`${error instanceof Error ? error.message : error}\n${usage}`);
  }
  const { values, positionals } = parsed;
  const slug = values.municipality;
  const file = positionals[0];
  const dashboardExamples = values['dashboard-examples'];
  const municipalExamples = values['municipal-examples'];
  if (!file || positionals.length > 1) throw new FixtureError(usage);
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
    const municipality = slug ? await municipalityBySlug(payload, slug) : undefined;
    if (slug && !municipality)
      throw new FixtureError(`No municipality "${slug}" in the CMS: a regional admin creates it under Kommuner.`);
    const report = await importFixture(payload, fixture, municipality ? { municipality: municipality.id } : {});
    if (municipalExamples) {
      const examples = await seedMunicipalExamples(payload);
      report.created.push(...examples.created);
      report.updated.push(...examples.updated);
    }
    const left = await drainSyncJobs(payload);
    if (dashboardExamples) await seedAttentionExamples(payload, new Date());
    console.log(
      `Imported ${file}${slug ? ` into ${slug}` : ''}: ${report.created.length} created, ${report.updated.length} updated.`,
    );
    for (const line of report.created) console.log(`  created ${line}`);
    for (const line of report.updated) console.log(`  updated ${line}`);
    if (left > 0)
      console.log(`${left} document(s) could not reach the API yet (is DynamoDB up?); the CMS retries them.`);
  } finally {
    await payload.destroy();
  }
}

runCli(main, (error) => error instanceof FixtureError);
