import type { ContentTypeDescription } from '../content-types/describe.js';
import type { Db } from '../data/db.js';
import { locales, type LocaleCode } from '../domain/locale.js';
import { searchablesOf, searchDocumentOf } from './documents.js';
import { expireStoredSearchIndex, storeSearchIndex } from './index-store.js';
import { buildSearchIndex, type SearchIndex } from './search-index.js';
import { searchIndexBuilt, searchPointerOf } from './version.js';

export type SearchScope = 'public' | 'staff';
const scopes: readonly SearchScope[] = ['public', 'staff'];

/**
 * Every locale's index of one scope, from one read of the read model (`descriptions`: the described types,
 * when a test adds its own). Public and staff are separate
 * indexes, so that an anonymous search never holds internal text.
 */
export async function buildScopeIndexes(
  db: Db,
  tenant: string,
  scope: SearchScope,
  now: Date,
  descriptions?: readonly ContentTypeDescription[],
): Promise<Map<LocaleCode, SearchIndex>> {
  const documents = (await searchablesOf(db, tenant, scope, now, descriptions)).map(searchDocumentOf);
  return new Map(locales.map((locale) => [locale, buildSearchIndex(documents, locale)]));
}

/** Builds one scope's indexes and stores them at `version` for every API instance. */
async function storeScopeIndexes(
  db: Db,
  tenant: string,
  scope: SearchScope,
  version: number,
  now: Date,
): Promise<void> {
  const built = await buildScopeIndexes(db, tenant, scope, now);
  await Promise.all(
    [...built].map(([locale, index]) => storeSearchIndex(db, { tenant, scope, locale, version }, index.serialize())),
  );
}

export type IndexerOutcome = { built: number; superseded: number | undefined } | { upToDate: number };

/**
 * The search indexer's work after a change (the table's stream calls it through functions/handlers/search-indexer.ts,
 * `npm run dev` and the tests through a local stream subscriber): builds every scope and locale at the
 * current version, then moves the pointer, so that instances switch to a complete set. Changes that come
 * in a burst wake it several times; whichever call finds the pointer already at the version does nothing.
 */
export async function rebuildSearchIndexes(db: Db, tenant: string, now: Date): Promise<IndexerOutcome> {
  const { version, built } = await searchPointerOf(db, tenant);
  if (built !== undefined && built >= version) return { upToDate: built };
  await Promise.all(scopes.map((scope) => storeScopeIndexes(db, tenant, scope, version, now)));
  const expire = (old: number) =>
    Promise.all(
      scopes.flatMap((scope) =>
        locales.map((locale) => expireStoredSearchIndex(db, { tenant, scope, locale, version: old }, now)),
      ),
    );
  if (!(await searchIndexBuilt(db, tenant, version))) {
    // Another build moved the pointer meanwhile: to this version (the same chunks, kept) or past it (these go).
    const current = await searchPointerOf(db, tenant);
    if (current.built !== version) await expire(version);
    return { upToDate: current.built ?? version };
  }
  if (built !== undefined) await expire(built);
  return { built: version, superseded: built };
}
