import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, PayloadRequest } from 'payload';
import { SYNC_QUEUE } from './queue.js';
import { runSyncAfterResponse } from './run-after-response.js';
import { recordSyncState } from './sync-state.js';

/**
 * Every change of an editorial document queues a read-model sync job. The job, not the hook, talks to
 * DynamoDB: it retries with backoff when DynamoDB is away, and it reads the document's published state
 * when it runs, so a late retry writes the current state, never an outdated one. The hook captures the
 * event's time, which orders a deletion against a later re-creation under the same key.
 */
export async function queueSync(
  collection: CollectionSlug,
  doc: { id: unknown; key?: unknown },
  revision: number,
  req: PayloadRequest,
): Promise<void> {
  const job = await req.payload.jobs.queue({
    task: 'syncReadModel',
    queue: SYNC_QUEUE,
    input: { collection, id: String(doc.id), key: String(doc.key), revision },
    req,
  });
  await recordSyncState(
    req.payload,
    collection,
    String(doc.id),
    { state: 'waiting', changedAt: new Date(revision).toISOString() },
    req,
  );
  runSyncAfterResponse(req.payload, job.id);
}

export const queueSyncAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await queueSync(collection.slug, doc, Date.parse(String(doc.updatedAt)) || Date.now(), req);
  return doc;
};

// A deleted document has no updatedAt to order by: the deletion's own time, taken now, is its revision.
export const queueSyncAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await queueSync(collection.slug, doc, Date.now(), req);
  return doc;
};
