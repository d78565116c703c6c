import { after } from 'next/server.js';
import type { Payload } from 'payload';
import { SYNC_QUEUE } from './queue.js';

/**
 * Where the admin has no job timers of its own (on AWS Lambda, stacks/cms.ts sets CMS_SYNC_AFTER_RESPONSE),
 * the read-model sync an editor's save queued runs as soon as the response is sent (Next.js `after`, which
 * OpenNext keeps the Lambda alive for) instead of waiting for the cron's next minute. A run that fails
 * leaves its job queued with its retries, and the cron picks it up.
 */
export function runSyncAfterResponse(payload: Payload): void {
  if (process.env.CMS_SYNC_AFTER_RESPONSE !== 'true') return;
  after(async () => {
    await payload.jobs.run({ queue: SYNC_QUEUE, limit: 20 });
  });
}
