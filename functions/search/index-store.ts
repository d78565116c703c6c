import type { Db } from '../data/db.js';
import type { LocaleCode } from '../domain/locale.js';

/** Characters of gzipped, base64-encoded index per item: well under DynamoDB's 400 KB. */
const CHUNK_CHARACTERS = 350_000;
/** A superseded version stays loadable this long for instances that read the pointer just before it moved. */
const SUPERSEDED_KEEP_SECONDS = 60 * 60;

/**
 * Node's zlib, loaded when an index is first stored or loaded: loading it takes about 3 ms, which the API's
 * cold start would otherwise pay before its first answer, search or not.
 */
const zlib = () => import('node:zlib');

/** Which stored index: a tenant's scope (public, staff) in one locale at one content version. */
export interface StoredIndexKey {
  tenant: string;
  scope: 'public' | 'staff';
  locale: LocaleCode;
  version: number;
}

// search index store: every chunk of one version is written (one BatchWriteItem per 25 chunks), without expiry
export async function storeSearchIndex(db: Db, key: StoredIndexKey, json: string): Promise<void> {
  const data = (await zlib()).gzipSync(json).toString('base64');
  const chunks = Math.max(1, Math.ceil(data.length / CHUNK_CHARACTERS));
  const items = Array.from({ length: chunks }, (_, chunk) => ({
    ...key,
    chunk,
    chunks,
    data: data.slice(chunk * CHUNK_CHARACTERS, (chunk + 1) * CHUNK_CHARACTERS),
  }));
  const { unprocessed } = await db.entities.searchIndexChunk.put(items).go();
  if (unprocessed.length > 0) throw new Error(`Storing the search index left ${unprocessed.length} chunk(s) unwritten`);
}

// search index load: the stored index of one version (one Query), or null when it is not (completely) there
export async function loadStoredSearchIndex(db: Db, key: StoredIndexKey): Promise<string | null> {
  const { data } = await db.entities.searchIndexChunk.query.byVersion(key).go({ pages: 'all' });
  if (data.length === 0 || data.length !== data[0]!.chunks) return null;
  // The sort key orders chunk numbers as text (10 before 2): put them back in number order.
  const ordered = [...data].sort((a, b) => a.chunk - b.chunk);
  return (await zlib()).gunzipSync(Buffer.from(ordered.map((item) => item.data).join(''), 'base64')).toString('utf8');
}

// search index supersede: the chunks of a replaced version expire within the hour (one Query, one UpdateItem per chunk)
export async function expireStoredSearchIndex(db: Db, key: StoredIndexKey, now: Date): Promise<void> {
  const { data } = await db.entities.searchIndexChunk.query
    .byVersion(key)
    .go({ pages: 'all', attributes: ['tenant', 'scope', 'locale', 'version', 'chunk'] });
  const expiresAt = Math.floor(now.getTime() / 1000) + SUPERSEDED_KEEP_SECONDS;
  await Promise.all(
    data.map((chunk) => db.entities.searchIndexChunk.patch(chunk).set({ expiresAt }).go({ response: 'none' })),
  );
}
