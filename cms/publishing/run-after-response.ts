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
  if (process.env.CMS_SYNC_AFTER_RESPONSE !== 'true') return;
  after(async () => {
    // This save's own job, by id: no scan of the queue before the one write the editor is waiting for.
    await payload.jobs.runByID({ id: jobId, silent: true });
  });
}
