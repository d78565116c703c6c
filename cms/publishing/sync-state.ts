import type { Payload, PayloadRequest } from 'payload';

export type SyncState = 'waiting' | 'synced' | 'failed';

export interface SyncStateUpdate {
  state: SyncState;
  action?: 'publish' | 'unpublish';
  error?: string | null;
  changedAt?: string;
  syncedAt?: string | null;
}

export interface SyncRecord {
  id: number | string;
  document: string;
  state: SyncState;
  action?: 'publish' | 'unpublish' | null;
  error?: string | null;
  changedAt: string;
  syncedAt?: string | null;
}

export const syncDocumentId = (collection: string, id: string | number) => `${collection}:${id}`;

/** The document's sync state as the edit view shows it (null before its first save with this record). */
export async function readSyncState(payload: Payload, collection: string, id: string | number, req?: PayloadRequest) {
  return payload.db.findOne<SyncRecord>({
    collection: 'document-sync',
    where: { document: { equals: syncDocumentId(collection, id) } },
    ...(req ? { req } : {}),
  });
}

/**
 * Records where a document stands. A save records "waiting" in its own transaction (`req`); a sync job
 * records its result in a request of its own, so that a failing job still leaves its failure on record.
 */
export async function recordSyncState(
  payload: Payload,
  collection: string,
  id: string | number,
  update: SyncStateUpdate,
  req?: PayloadRequest,
): Promise<void> {
  // Bookkeeping of the CMS's own, written by the database adapter: no hooks, no field validation, no locale.
  const existing = await readSyncState(payload, collection, id, req);
  const data = { ...update, error: update.error ?? null };
  const within = req ? { req } : {};
  if (existing) await payload.db.updateOne({ collection: 'document-sync', id: existing.id, data, ...within });
  else
    await payload.db.create({
      collection: 'document-sync',
      data: { document: syncDocumentId(collection, id), changedAt: new Date().toISOString(), ...data },
      ...within,
    });
}

/** A deleted document's record goes once its removal from the website is done. */
export async function forgetSyncState(payload: Payload, collection: string, id: string | number): Promise<void> {
  await payload.db.deleteMany({
    collection: 'document-sync',
    where: { document: { equals: syncDocumentId(collection, id) } },
  });
}
