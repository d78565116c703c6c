import type { Payload } from 'payload';
import { municipalExamples, type MunicipalExample } from '../../functions/read-model/municipal-examples.js';
import { importFixture, type ImportReport } from '../import/fixture-import.js';
import { municipalityBySlug } from '../tenancy/municipality.js';

/** A provider's training offered to its partners, as the organiser's admin sets it (its sync writes their copies). */
async function offerTraining(payload: Payload, offer: { training: string; to: string[] }) {
  const partners = await Promise.all(offer.to.map((slug) => municipalityBySlug(payload, slug)));
  const { docs } = await payload.find({
    collection: 'trainings',
    where: { key: { equals: offer.training } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  });
  if (!docs[0]) return;
  await payload.update({
    collection: 'trainings',
    id: docs[0].id,
    data: { offeredTo: partners.flatMap((partner) => (partner ? [partner.id] : [])), _status: 'published' },
    overrideAccess: true,
  });
}

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
    for (const offer of example.offers ?? []) await offerTraining(payload, offer);
    report.created.push(...imported.created.map((line) => `${example.slug}: ${line}`));
    report.updated.push(...imported.updated.map((line) => `${example.slug}: ${line}`));
  }
  return report;
}
