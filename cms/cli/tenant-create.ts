/**
 * `npm run tenant:create -- --name Huddinge --slug huddinge [--kind municipality|provider|national] [--origin URL]…
 * [--districts FILE.json] [--admin EMAIL [--admin-name NAME]]`: makes a municipality ready on this deployment
 * (cms/tenancy/create-municipality.ts): its document in the CMS and the API's registry item, its districts (a file in
 * the import format, with a `districts` section, or a list of them), its first admin invited by e-mail, and its
 * search index. Idempotent: run again, it changes what differs and duplicates nothing. On AWS as the other CMS
 * commands: `npx sst shell --stage production -- npm run tenant:create -- …`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FixtureError } from '../import/fixture-import.js';
import { createMunicipality } from '../tenancy/create-municipality.js';
import { loadPayload, runCli } from './environment.js';

const usage =
  'Usage: npm run tenant:create -- --name NAME --slug SLUG [--kind municipality|provider|national] [--origin URL]... [--districts FILE.json] [--admin EMAIL [--admin-name NAME]]';

function districtsIn(file: string) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new FixtureError(`${file} is not a readable JSON file: ${error instanceof Error ? error.message : error}`);
  }
  const districts = Array.isArray(parsed) ? parsed : (parsed as { districts?: unknown } | null)?.districts;
  if (!Array.isArray(districts))
    throw new FixtureError(`${file} must hold a list of districts, or an object with a "districts" list.`);
  return districts;
}

async function main() {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      slug: { type: 'string' },
      kind: { type: 'string', default: 'municipality' },
      origin: { type: 'string', multiple: true, default: [] },
      districts: { type: 'string' },
      admin: { type: 'string' },
      'admin-name': { type: 'string' },
    },
  });
  const name = values.name?.trim();
  const slug = values.slug?.trim();
  if (!name || !slug) throw new FixtureError(usage);
  if (!/^[a-z0-9-]{1,63}$/.test(slug))
    throw new FixtureError(`--slug must be lower-case letters, digits and hyphens (e.g. huddinge), not "${slug}".`);
  if (values.kind !== 'municipality' && values.kind !== 'provider' && values.kind !== 'national')
    throw new FixtureError(`--kind must be municipality, provider or national, not "${values.kind}".`);
  for (const origin of values.origin)
    if (!/^https?:\/\/[^/\s]+$/.test(origin))
      throw new FixtureError(`--origin must be a frontend's origin (https://www.${slug}.se), not "${origin}".`);
  if (values.admin && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.admin))
    throw new FixtureError(`--admin must be an e-mail address, not "${values.admin}".`);
  const districts = values.districts ? districtsIn(values.districts) : [];
  const started = performance.now();
  const payload = await loadPayload();
  try {
    const outcome = await createMunicipality(payload, {
      name,
      slug,
      kind: values.kind,
      origins: values.origin,
      districts,
      admin: values.admin ? { email: values.admin, name: values['admin-name'] } : undefined,
    });
    console.log(
      `${name} (${slug}): ${outcome.municipality}; districts ${outcome.districts.created} created, ${outcome.districts.updated} updated; admin ${outcome.admin}; search index at version ${outcome.searchVersion}.`,
    );
    console.log(
      `  ${outcome.steps.map((step) => `${step.step} ${step.ms} ms`).join(', ')}; in all ${Math.round(performance.now() - started)} ms`,
    );
  } finally {
    await payload.destroy();
  }
}

runCli(main, (error) => error instanceof FixtureError);
