import type { Db } from '../data/db.js';
import type { MunicipalityItem } from '../data/entities/municipality.js';

/** How long an instance keeps the registry: a municipality that `npm run tenant:create` adds is served within it. */
export const REGISTRY_TTL_MS = 60_000;

export interface MunicipalityRegistry {
  /** The municipality of this slug, or undefined when the deployment serves none by it. */
  bySlug(slug: string): Promise<MunicipalityItem | undefined>;
  /** The municipality whose frontend has this origin (`https://www.huddinge.se`), if any. */
  byOrigin(origin: string): Promise<MunicipalityItem | undefined>;
}

// registry: every municipality of the deployment, one Query per page
export async function listMunicipalities(db: Db): Promise<MunicipalityItem[]> {
  const { data } = await db.entities.municipality.query.registry({}).go({ pages: 'all' });
  return data;
}

/**
 * The registry as one instance sees it: read on first need and again once it is older than `ttlMs`, so that a
 * request costs no read for it (a read's cost does not grow with the number of municipalities), and two
 * requests arriving together share one read.
 */
export function createMunicipalityRegistry(
  db: Db,
  options: { ttlMs?: number; clock?: () => number } = {},
): MunicipalityRegistry {
  const ttlMs = options.ttlMs ?? REGISTRY_TTL_MS;
  const clock = options.clock ?? Date.now;
  let loaded:
    { at: number; bySlug: Map<string, MunicipalityItem>; byOrigin: Map<string, MunicipalityItem> } | undefined;
  let loading: Promise<NonNullable<typeof loaded>> | undefined;
  const current = async () => {
    if (loaded && clock() - loaded.at < ttlMs) return loaded;
    loading ??= listMunicipalities(db)
      .then((items) => {
        loaded = {
          at: clock(),
          bySlug: new Map(items.map((item) => [item.slug, item])),
          byOrigin: new Map(items.flatMap((item) => item.origins.map((origin) => [originKey(origin), item] as const))),
        };
        return loaded;
      })
      .finally(() => (loading = undefined));
    return loading;
  };
  return {
    bySlug: async (slug) => (await current()).bySlug.get(slug),
    byOrigin: async (origin) => (await current()).byOrigin.get(originKey(origin)),
  };
}

/** An origin as browsers send it: scheme, host and port, lower case, no trailing slash. */
export const originKey = (origin: string) => origin.trim().toLowerCase().replace(/\/+$/, '');
