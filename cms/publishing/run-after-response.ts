import { after } from 'next/server.js';
import type { Payload } from 'payload';

/**
 * The read-model sync an editor's save queued runs as soon as the response is sent (Next.js `after`, which
 * OpenNext keeps the Lambda alive for) instead of waiting for the job runner: the cron's next minute on AWS
 * (stacks/cms.ts sets CMS_SYNC_AFTER_RESPONSE), the next second of the admin's own runner in `npm run dev`
 * (functions/local/environment.ts). A run that fails leaves its job queued with its retries, and the
 * runner picks it up. The CLI and the Local API have no response to wait for and leave it unset. When
 * the runner takes the job before this run does, both run: the second finds the change made and
 * announces nothing (functions/read-model/publish.ts), so the runner need not wait.
 */
export function runSyncAfterResponse(payload: Payload, jobId: number | string): void {
  if (!syncRunsAfterResponse()) return;
  after(async () => {
    // This save's own job, by id: no scan of the queue before the one write the editor is waiting for.
    await payload.jobs.runByID({ id: jobId, silent: true });
  });
}

const syncRunsAfterResponse = () => process.env.CMS_SYNC_AFTER_RESPONSE === 'true';
