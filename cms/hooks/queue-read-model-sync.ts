import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload';
import { SYNC_QUEUE } from '../jobs/queue.js';
import { runSyncAfterResponse } from '../jobs/run-after-response.js';

/**
 * Every change of an editorial document queues a read-model sync job. The job, not the hook, talks to
 * DynamoDB: it retries with backoff when DynamoDB is away, and it reads the document's published state
 * when it runs, so a late retry writes the current state, never an outdated one.
 */
export const queueSyncAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await req.payload.jobs.queue({ task: 'syncReadModel', queue: SYNC_QUEUE, input: { collection: collection.slug, id: String(doc.id), key: String(doc.key) }, req });
  runSyncAfterResponse(req.payload);
  return doc;
};

export const queueSyncAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await req.payload.jobs.queue({ task: 'syncReadModel', queue: SYNC_QUEUE, input: { collection: collection.slug, id: String(doc.id), key: String(doc.key) }, req });
  runSyncAfterResponse(req.payload);
  return doc;
};
