import { after } from 'next/server.js';
import type { Payload } from 'payload';

/**
 * The read-model sync an editor's save queued runs as soon as the response is sent (Next.js `after`, which
 * OpenNext keeps the Lambda alive for) instead of waiting for the job runner: the cron's next minute on AWS
 * (stacks/cms.ts sets CMS_SYNC_AFTER_RESPONSE), the next second of the admin's own runner in `npm run dev`
 * (functions/local/environment.ts). A run that fails leaves its job queued with its retries, and the
 * runner picks it up. The CLI and the Local API have no response to wait for and leave it unset.
 */
export function runSyncAfterResponse(payload: Payload, jobId: number | string): void {
  if (!syncRunsAfterResponse()) return;
  after(async () => {
    // This save's own job, by id: no scan of the queue before the one write the editor is waiting for.
    await payload.jobs.runByID({ id: jobId, silent: true });
  });
}

const syncRunsAfterResponse = () => process.env.CMS_SYNC_AFTER_RESPONSE === 'true';

/**
 * How long the job runner leaves a save's job to the save's own run, which claims it within milliseconds
 * of the response. A run that fails keeps this as its first retry time (Payload only moves a retry later).
 */
const RUN_AFTER_RESPONSE_GRACE_MS = 3_000;

/**
 * When the job runner may take a job queued now. Payload runs a job by id whatever its state, so a runner
 * tick between the queueing and the run after the response (about one save in ten in `npm run dev`) ran
 * the sync twice. A second run now writes and announces nothing (functions/read-model/publish.ts), but two
 * runs at once still contend for the same items; the runner waits out the grace, and takes the job only if
 * that run did not happen or failed.
 */
export function runnerMayTakeFrom(): Date | undefined {
  return syncRunsAfterResponse() ? new Date(Date.now() + RUN_AFTER_RESPONSE_GRACE_MS) : undefined;
}
