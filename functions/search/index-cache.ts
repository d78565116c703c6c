import type { SearchContext } from './context.js';
import type { LocaleCode } from '../domain/locale.js';
import { forgetSearchItems } from './hit-items.js';
import { loadStoredSearchIndex } from './index-store.js';
import { buildScopeIndexes } from './indexer.js';
import { loadSearchIndex, type SearchIndex } from './search-index.js';
import { searchPointerOf, type SearchPointer } from './version.js';

/**
 * This instance's search indexes, one per tenant, scope and locale, each kept while the search pointer
 * names the version it holds (checked with one GetItem at most once a second). The indexer builds and
 * stores the indexes after every change (indexer.ts); an instance only loads the stored one (one Query).
 * Before the indexer's first build (or should a stored index be gone) the instance builds its scope's
 * indexes in memory, so that search answers on a fresh table too; storing them stays the indexer's (the
 * API may not batch-write).
 */
type Held = { version: number; checkedAt: number; index: Promise<SearchIndex> };
const held = new Map<string, Held>();
/** Pointer reads under way, per key: concurrent searches share one. */
const checking = new Map<string, Promise<Held>>();

/**
 * How long an instance trusts its index without asking for the pointer again. A search within the next
 * second after that still answers from the held index at once while the pointer is read beside it (a busy
 * instance's searches then never wait on that GetItem); a search later than that waits for the pointer.
 * So a change is found by search within two seconds plus the indexer's build, well inside the 5 s a
 * publish may take to become findable.
 */
const VERSION_CHECK_MS = 1000;
const CHECK_BESIDE_MS = 2000;

const keyOf = (context: SearchContext, locale: LocaleCode) =>
  `${context.db.table}\u0000${context.tenant}\u0000${context.scope}\u0000${locale}`;
/** The version an instance should hold: the stored build, or the current content before there is one. */
const wanted = (pointer: SearchPointer) => pointer.built ?? pointer.version;

async function indexAt(
  context: SearchContext,
  locale: LocaleCode,
  pointer: SearchPointer,
  checkedAt: number,
): Promise<SearchIndex> {
  const { db, tenant, scope } = context;
  if (pointer.built !== undefined) {
    const stored = await loadStoredSearchIndex(db, { tenant, scope, locale, version: pointer.built });
    if (stored) return loadSearchIndex(stored, locale);
  }
  const built = await buildScopeIndexes(db, tenant, scope, context.now);
  for (const [other, index] of built) {
    if (other !== locale)
      held.set(keyOf(context, other), { version: wanted(pointer), checkedAt, index: Promise.resolve(index) });
  }
  return built.get(locale)!;
}

/** Reads the pointer and, when it has moved, loads the index it names; the new index is held once it is loaded. */
async function refreshed(context: SearchContext, locale: LocaleCode, current: Held | undefined): Promise<Held> {
  const key = keyOf(context, locale);
  const checkedAt = Date.now();
  const pointer = await searchPointerOf(context.db, context.tenant);
  if (current && current.version === wanted(pointer)) {
    current.checkedAt = checkedAt;
    return current;
  }
  const next: Held = { version: wanted(pointer), checkedAt, index: indexAt(context, locale, pointer, checkedAt) };
  await next.index;
  held.set(key, next);
  return next;
}

/** The index of the caller's scope in `locale`, and the content version it was built at. */
export async function searchIndexFor(
  context: SearchContext,
  locale: LocaleCode,
): Promise<{ index: SearchIndex; version: number }> {
  const key = keyOf(context, locale);
  const current = held.get(key);
  const age = current ? Date.now() - current.checkedAt : Infinity;
  if (current && age < VERSION_CHECK_MS) return { index: await current.index, version: current.version };
  let check = checking.get(key);
  if (!check) {
    check = refreshed(context, locale, current);
    checking.set(key, check);
    // A failed check or load leaves the held index (if any) in place: the next search asks again.
    void check.catch(() => undefined).finally(() => checking.delete(key));
  }
  if (current && age < CHECK_BESIDE_MS) return { index: await current.index, version: current.version };
  const { index, version } = await check;
  return { index: await index, version };
}

/** Forgets this instance's indexes and hit items (a test or the bench playing a cold instance in one process). */
export function forgetSearchIndexes(): void {
  held.clear();
  checking.clear();
  forgetSearchItems();
}
