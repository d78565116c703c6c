import type { Context } from '../server/context.js';
import { searchablesOf } from './documents.js';
import { buildSearchIndex, type SearchIndex } from './search-index.js';
import { searchVersionOf } from './version.js';

/**
 * This instance's search indexes, one per tenant and scope, each kept while the content version it was
 * built at is current. The first search of an instance, and the first after a change, builds the
 * scope's index from the read model; every search costs one GetItem for the version.
 */
const built = new Map<string, { version: number; index: Promise<SearchIndex> }>();

export async function searchIndexFor(context: Context): Promise<SearchIndex> {
  const version = await searchVersionOf(context.db, context.tenant);
  const cacheKey = `${context.db.table}\u0000${context.tenant}\u0000${context.scope}`;
  const cached = built.get(cacheKey);
  if (cached && cached.version === version) return cached.index;
  const index = searchablesOf(context.db, context.tenant, context.scope, context.now).then(buildSearchIndex);
  built.set(cacheKey, { version, index });
  // A failed build is not kept: the next search tries again.
  index.catch(() => built.get(cacheKey)?.index === index && built.delete(cacheKey));
  return index;
}
