import { locales, type LocaleCode } from '../domain/locale.js';
import type { Context } from '../server/context.js';
import { searchablesOf, searchDocumentOf } from './documents.js';
import { loadStoredSearchIndex, storeSearchIndex } from './index-store.js';
import { buildSearchIndex, loadSearchIndex, type SearchIndex } from './search-index.js';
import { searchVersionOf } from './version.js';

/**
 * This instance's search indexes, one per tenant, scope and locale, each kept while the content version
 * it was built at is current (checked with one GetItem at most once a second). An instance without the
 * current index loads the stored one (one Query); when there is none yet, the first search after a
 * change reads the read model once, builds the index of every locale and stores them for every other
 * instance.
 */
type Held = { version: number; checkedAt: number; index: Promise<SearchIndex> };
const held = new Map<string, Held>();

/**
 * How long an instance trusts its index without asking for the version again: a change is found by search
 * within this (well inside the 5 s a publish may take to become findable), and a busy instance's searches
 * mostly cost no DynamoDB call before their page's items.
 */
const VERSION_CHECK_MS = 1000;

const keyOf = (context: Context, locale: LocaleCode) => `${context.db.table}\u0000${context.tenant}\u0000${context.scope}\u0000${locale}`;

/** Builds every locale's index from one read of the read model, stores them, and holds them. */
async function buildAll(context: Context, version: number, checkedAt: number): Promise<Map<LocaleCode, SearchIndex>> {
  const { db, tenant, scope } = context;
  const documents = (await searchablesOf(db, tenant, scope, context.now)).map(searchDocumentOf);
  const built = new Map(locales.map((locale) => [locale, buildSearchIndex(documents, locale)]));
  await Promise.all(locales.map((locale) => storeSearchIndex(db, { tenant, scope, locale, version }, built.get(locale)!.serialize(), context.now)));
  for (const [locale, index] of built) held.set(keyOf(context, locale), { version, checkedAt, index: Promise.resolve(index) });
  return built;
}

async function indexAt(context: Context, locale: LocaleCode, version: number, checkedAt: number): Promise<SearchIndex> {
  const stored = await loadStoredSearchIndex(context.db, { tenant: context.tenant, scope: context.scope, locale, version });
  if (stored) return loadSearchIndex(stored, locale);
  return (await buildAll(context, version, checkedAt)).get(locale)!;
}

export async function searchIndexFor(context: Context, locale: LocaleCode): Promise<SearchIndex> {
  const key = keyOf(context, locale);
  const current = held.get(key);
  const checkedAt = Date.now();
  if (current && checkedAt - current.checkedAt < VERSION_CHECK_MS) return current.index;
  const version = await searchVersionOf(context.db, context.tenant);
  if (current && current.version === version) {
    current.checkedAt = checkedAt;
    return current.index;
  }
  const index = indexAt(context, locale, version, checkedAt);
  held.set(key, { version, checkedAt, index });
  // A failed load or build is not kept: the next search tries again.
  index.catch(() => held.get(key)?.index === index && held.delete(key));
  return index;
}

/** Forgets this instance's indexes (a test or the bench playing a cold instance in one process). */
export const forgetSearchIndexes = () => held.clear();
