import type { Db } from '../../functions/data/db.js';
import type { Municipality } from '../payload-types.js';

/** The API's registry item of a municipality as the CMS holds it (functions/data/entities/municipality.ts). */
export const registryItemOf = (municipality: Municipality) => ({
  slug: municipality.slug,
  name: municipality.name,
  kind: municipality.kind === 'provider' ? ('PROVIDER' as const) : ('MUNICIPALITY' as const),
  origins: (municipality.origins ?? []).map((row) => row.origin),
  createdAt: municipality.createdAt,
});

// registry: one municipality's item, written whenever the CMS saves it, so that the API serves it
export async function registerMunicipality(db: Db, municipality: Municipality): Promise<void> {
  await db.entities.municipality.put(registryItemOf(municipality)).go();
}
