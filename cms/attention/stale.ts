import { scopedWhere } from '../tenancy/scope.js';
import type { Payload } from 'payload';

/** The collections whose details go stale: what residents rely on to reach help. */
export const staleCollections = ['support-resources', 'organisations'] as const;
export type StaleCollection = (typeof staleCollections)[number];

export interface StaleDocument {
  collection: StaleCollection;
  id: number | string;
  title: string;
  verifiedAt: string | null;
  owner: { id: number | string; email: string } | null;
}

/** The moment before which a verification is too old: `months` before `now`. */
export function staleCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setMonth(cutoff.getMonth() - months);
  return cutoff;
}

// dashboard and reminders: support resources and organisations never verified, or not since the cutoff (oldest first)
export async function staleDocuments(
  payload: Payload,
  now: Date,
  months: number,
  limit = 100,
  /** The municipalities listed (cms/tenancy/scope.ts); every one when undefined (the reminders). */
  scope?: (number | string)[],
): Promise<StaleDocument[]> {
  if (scope?.length === 0) return [];
  const cutoff = staleCutoff(now, months).toISOString();
  const found = await Promise.all(
    staleCollections.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        where: scopedWhere({ or: [{ verifiedAt: { exists: false } }, { verifiedAt: { less_than: cutoff } }] }, scope),
        sort: 'verifiedAt',
        limit,
        depth: 1,
        locale: 'sv',
        overrideAccess: true,
      });
      return docs.map((doc) => {
        const owner = doc.owner && typeof doc.owner === 'object' ? { id: doc.owner.id, email: doc.owner.email } : null;
        const title = 'title' in doc ? doc.title : doc.name;
        return { collection, id: doc.id, title: String(title ?? doc.key), verifiedAt: doc.verifiedAt ?? null, owner };
      });
    }),
  );
  return found.flat();
}
