import type { Payload } from 'payload';
import { SYNC_QUEUE } from './queue.js';
import { releaseStaleSyncJobs } from './release-stale-jobs.js';

/**
 * Runs the queued read-model syncs until none is left (a CLI has no every-second runner), giving up
 * after `timeoutMs`: jobs still waiting on DynamoDB stay queued for the admin app's runner to retry.
 */
export async function drainSyncJobs(payload: Payload, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  // A sync a stopped runner left `processing` would otherwise count as pending until the deadline, never run.
  await releaseStaleSyncJobs(payload, new Date());
  const pending = async () =>
    (
      await payload.count({
        collection: 'payload-jobs',
        where: {
          and: [
            { queue: { equals: SYNC_QUEUE } },
            { completedAt: { exists: false } },
            { hasError: { not_equals: true } },
          ],
        },
        overrideAccess: true,
      })
    ).totalDocs;
  let left = await pending();
  while (left > 0 && Date.now() < deadline) {
    await payload.jobs.run({ queue: SYNC_QUEUE, limit: 100 });
    left = await pending();
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return left;
}
