import type { Payload } from 'payload';
import { municipalExamples, type MunicipalExample } from '../../functions/read-model/municipal-examples.js';
import { importFixture, type ImportReport } from '../import/fixture-import.js';
import { municipalityBySlug } from '../tenancy/municipality.js';

/**
 * `npm run dev`'s first start (issue 32): Huddinge and Haninge beside Botkyrka, each created as a municipality (which
 * registers it with the API) and given its example content, imported under it as an editor's publish would be; and
 * the national tenant, whose example support line every municipality shows.
 */
export async function seedMunicipalExamples(
  payload: Payload,
  examples: MunicipalExample[] = municipalExamples,
): Promise<ImportReport> {
  const report: ImportReport = { created: [], updated: [] };
  for (const example of examples) {
    const municipality =
      (await municipalityBySlug(payload, example.slug)) ??
      (await payload.create({
        collection: 'municipalities',
        data: {
          name: example.name,
          slug: example.slug,
          kind: example.kind ?? 'municipality',
          origins: example.origins.map((origin) => ({ origin })),
        },
        overrideAccess: true,
      }));
    const imported = await importFixture(payload, example.content, { municipality: municipality.id });
    report.created.push(...imported.created.map((line) => `${example.slug}: ${line}`));
    report.updated.push(...imported.updated.map((line) => `${example.slug}: ${line}`));
  }
  return report;
}
