import type { SearchContext } from './context.js';
import { searchableOfHit, type Searchable } from './documents.js';
import type { SearchHit } from './search-index.js';

/**
 * The items behind search hits, remembered per scope for as long as the instance holds the index of one
 * content version: a popular query's page then costs no DynamoDB call. They are exactly as fresh as the
 * index itself (the pointer moves after every change, and the memory goes with it), which is the
 * freshness a publish promises (findable, or gone, within 5 s), and never older than half a minute. An
 * item that is gone is remembered as gone.
 */
const MAX_ITEMS = 5_000;
/** Should the indexer stall (the pointer not moving), items are read afresh this often all the same. */
const MAX_AGE_MS = 30_000;
const remembered = new Map<string, { version: number; since: number; items: Map<string, Searchable | null> }>();

function itemsAt(context: SearchContext, version: number): Map<string, Searchable | null> {
  const key = `${context.db.table}\u0000${context.tenant}\u0000${context.scope}`;
  const current = remembered.get(key);
  if (current?.version === version && Date.now() - current.since < MAX_AGE_MS) return current.items;
  const items = new Map<string, Searchable | null>();
  remembered.set(key, { version, since: Date.now(), items });
  return items;
}

// search: the page's items not yet remembered, in one BatchGetItem through the request's loader
export async function searchablesOfHits(
  context: SearchContext,
  version: number,
  hits: readonly SearchHit[],
): Promise<(Searchable | null)[]> {
  const items = itemsAt(context, version);
  const idOf = (hit: SearchHit) => `${hit.type}:${hit.key}`;
  const missing = hits.filter((hit) => !items.has(idOf(hit)));
  const read = await Promise.all(missing.map((hit) => searchableOfHit(context, hit)));
  missing.forEach((hit, position) => {
    // Oldest first out: a Map keeps insertion order.
    if (items.size >= MAX_ITEMS) items.delete(items.keys().next().value!);
    items.set(idOf(hit), read[position]!);
  });
  return hits.map((hit) => items.get(idOf(hit)) ?? null);
}

/** Forgets the remembered items (a test or the bench playing a cold instance in one process). */
export const forgetSearchItems = () => remembered.clear();
