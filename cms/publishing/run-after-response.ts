import { after } from 'next/server.js';
import type { Payload } from 'payload';
import { SYNC_QUEUE } from './queue.js';

/**
 * The read-model sync an editor's save queued runs as soon as the response is sent (Next.js `after`, which
 * OpenNext keeps the Lambda alive for) instead of waiting for the job runner: the cron's next minute on AWS
 * (stacks/cms.ts sets CMS_SYNC_AFTER_RESPONSE), the next second of the admin's own runner in `npm run dev`
 * (functions/local/environment.ts). A run that fails leaves its job queued with its retries, and the
 * runner picks it up. The CLI and the Local API have no response to wait for and leave it unset.
 *
 * The job is claimed like the runner claims it, not run by id (Payload's `runByID` runs a job whatever its
 * state): when a runner tick took it between the queueing and this moment, this finds it processing and
 * leaves it, and when this took it first, the runner finds it processing. Both looking in the same few
 * milliseconds can still run it twice; the second run then writes and announces nothing
 * (functions/read-model/publish.ts answers 'unchanged'), so no one waits out a grace period for it.
 */
export function runSyncAfterResponse(payload: Payload, jobId: number | string): void {
  if (process.env.CMS_SYNC_AFTER_RESPONSE !== 'true') return;
  after(async () => {
    // This save's own job: no scan of the queue before the one write the editor is waiting for.
    await payload.jobs.run({ queue: SYNC_QUEUE, where: { id: { equals: jobId } }, limit: 1, silent: true });
  });
}
