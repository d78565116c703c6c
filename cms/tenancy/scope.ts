import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload';
import { isRegionalAdmin } from '../access/roles.js';
import { tenantsOf } from './access.js';

/**
 * The municipalities a user's lists cover (issue 32): `undefined` for a regional admin (every one), else the user's
 * own ids (none: an empty list). For reads with `overrideAccess: true` whose results reach the user.
 */
export const listScope = (user: PayloadRequest['user']): (number | string)[] | undefined =>
  isRegionalAdmin(user) ? undefined : tenantsOf(user);

/** `where` narrowed to the scope's municipalities (unchanged for every municipality). */
export const scopedWhere = (where: Where, scope: (number | string)[] | undefined): Where =>
  scope === undefined ? where : { and: [where, { tenant: { in: scope } }] };

// dashboard lists: keeps the items whose document belongs to one of the scope's municipalities (one read per collection)
export async function withinScope<Item extends { collection: string; id: number | string }>(
  payload: Payload,
  items: Item[],
  scope: (number | string)[] | undefined,
): Promise<Item[]> {
  if (scope === undefined) return items;
  if (scope.length === 0) return [];
  const kept = new Set<string>();
  for (const collection of new Set(items.map((item) => item.collection))) {
    const ids = items.filter((item) => item.collection === collection).map((item) => item.id);
    const { docs } = await payload.find({
      collection: collection as CollectionSlug,
      where: { and: [{ id: { in: ids } }, { tenant: { in: scope } }] },
      draft: true,
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
      select: {},
    });
    for (const doc of docs) kept.add(`${collection}:${String(doc.id)}`);
  }
  return items.filter((item) => kept.has(`${item.collection}:${String(item.id)}`));
}
