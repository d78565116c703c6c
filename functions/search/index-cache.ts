import type { Context } from '../server/context.js';
import { searchablesOf } from './documents.js';
import { loadStoredSearchIndex, storeSearchIndex } from './index-store.js';
import { buildSearchIndex, loadSearchIndex, type SearchIndex } from './search-index.js';
import { searchVersionOf } from './version.js';

/**
 * This instance's search indexes, one per tenant and scope, each kept while the content version it was
 * built at is current (checked with one GetItem at most once a second). An instance without the current
 * index loads the stored one (one Query); when there is none yet, the first search after a change
 * builds it from the read model and stores it for every other instance.
 */
const held = new Map<string, { version: number; checkedAt: number; index: Promise<SearchIndex> }>();

/**
 * How long an instance trusts its index without asking for the version again: a change is found by search
 * within this (well inside the 5 s a publish may take to become findable), and a busy instance's searches
 * mostly cost no DynamoDB call before their page's items.
 */
const VERSION_CHECK_MS = 1000;

async function indexAt(context: Context, version: number): Promise<SearchIndex> {
  const { db, tenant, scope } = context;
  const stored = await loadStoredSearchIndex(db, tenant, scope, version);
  if (stored) return loadSearchIndex(stored);
  const built = buildSearchIndex(await searchablesOf(db, tenant, scope, context.now));
  await storeSearchIndex(db, tenant, scope, version, built.serialize(), context.now);
  return built;
}

export async function searchIndexFor(context: Context): Promise<SearchIndex> {
  const key = `${context.db.table}\u0000${context.tenant}\u0000${context.scope}`;
  const current = held.get(key);
  const checkedAt = Date.now();
  if (current && checkedAt - current.checkedAt < VERSION_CHECK_MS) return current.index;
  const version = await searchVersionOf(context.db, context.tenant);
  if (current && current.version === version) {
    current.checkedAt = checkedAt;
    return current.index;
  }
  const index = indexAt(context, version);
  held.set(key, { version, checkedAt, index });
  // A failed load or build is not kept: the next search tries again.
  index.catch(() => held.get(key)?.index === index && held.delete(key));
  return index;
}

/** Forgets this instance's indexes (the bench measures a cold instance in one process). */
export const forgetSearchIndexes = () => held.clear();
