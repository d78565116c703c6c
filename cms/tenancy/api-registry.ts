import type { Db } from '../../functions/data/db.js';
import type { Municipality } from '../payload-types.js';

const registryKinds = { municipality: 'MUNICIPALITY', provider: 'PROVIDER', national: 'NATIONAL' } as const;

/** The keys of the national documents a municipality hides (none for a provider or the national tenant itself). */
export const hiddenNationalOf = (municipality: Pick<Municipality, 'kind' | 'hiddenNational'>): string[] =>
  municipality.kind === 'municipality' ? [...new Set(municipality.hiddenNational ?? [])] : [];

/** The API's registry item of a municipality as the CMS holds it (functions/data/entities/municipality.ts). */
export const registryItemOf = (municipality: Municipality) => ({
  slug: municipality.slug,
  name: municipality.name,
  kind: registryKinds[municipality.kind],
  origins: (municipality.origins ?? []).map((row) => row.origin),
  hiddenNational: hiddenNationalOf(municipality),
  createdAt: municipality.createdAt,
});

// registry: one municipality's item, written whenever the CMS saves it, so that the API serves it
export async function registerMunicipality(db: Db, municipality: Municipality): Promise<void> {
  await db.entities.municipality.put(registryItemOf(municipality)).go();
}
