import { gunzipSync, gzipSync } from 'node:zlib';
import type { Db } from '../data/db.js';

/** Characters of gzipped, base64-encoded index per item: well under DynamoDB's 400 KB. */
const CHUNK_CHARACTERS = 350_000;
/** Stored versions expire a day after they were written; instances only ever load the current one. */
const KEEP_SECONDS = 24 * 60 * 60;

type Scope = 'public' | 'staff';

// search index store: every chunk of one version is written (one BatchWriteItem per 25 chunks)
export async function storeSearchIndex(db: Db, tenant: string, scope: Scope, version: number, json: string, now: Date): Promise<void> {
  const data = gzipSync(json).toString('base64');
  const chunks = Math.max(1, Math.ceil(data.length / CHUNK_CHARACTERS));
  const expiresAt = Math.floor(now.getTime() / 1000) + KEEP_SECONDS;
  const items = Array.from({ length: chunks }, (_, chunk) => ({
    tenant,
    scope,
    version,
    chunk,
    chunks,
    expiresAt,
    data: data.slice(chunk * CHUNK_CHARACTERS, (chunk + 1) * CHUNK_CHARACTERS),
  }));
  const { unprocessed } = await db.entities.searchIndexChunk.put(items).go();
  if (unprocessed.length > 0) throw new Error(`Storing the search index left ${unprocessed.length} chunk(s) unwritten`);
}

// search index load: the stored index of one version (one Query), or null when it is not (completely) there
export async function loadStoredSearchIndex(db: Db, tenant: string, scope: Scope, version: number): Promise<string | null> {
  const { data } = await db.entities.searchIndexChunk.query.byVersion({ tenant, scope, version }).go({ pages: 'all' });
  if (data.length === 0 || data.length !== data[0]!.chunks) return null;
  return gunzipSync(Buffer.from(data.map((item) => item.data).join(''), 'base64')).toString('utf8');
}
