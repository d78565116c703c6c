import type { Payload, TaskConfig } from 'payload';
import { SYNC_QUEUE } from './queue.js';

/**
 * How long a sync job may stay `processing` before its runner counts as gone: a sync takes seconds, the CMS's
 * functions time out within minutes (stacks/cms.ts), so a job still processing after 15 minutes has no runner.
 */
export const STALE_SYNC_JOB_MS = 15 * 60 * 1000;

/**
 * Hands back to the queue the read-model syncs whose runner died mid-run (a killed process, a function that timed
 * out): Payload 3.90 marks a job `processing` while it runs and never lets go of it (no lease; payloadcms/payload#17645),
 * so no runner would take it again and the editor's sidebar would say "waiting" for good. A sync is guarded by the
 * document's revision, so running it a second time writes nothing twice. Returns how many were released.
 */
export async function releaseStaleSyncJobs(payload: Payload, now: Date): Promise<number> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: SYNC_QUEUE } },
        { processing: { equals: true } },
        { completedAt: { exists: false } },
        { updatedAt: { less_than: new Date(now.getTime() - STALE_SYNC_JOB_MS).toISOString() } },
      ],
    },
    data: { processing: false },
    overrideAccess: true,
  });
  if (docs.length)
    payload.logger.warn({ msg: 'read-model syncs released after their runner stopped', jobs: docs.length });
  return docs.length;
}

/** Every minute: stale read-model syncs back to the queue, as a queued job of its own (the runner on AWS runs it too). */
export const releaseStaleSyncJobsTask: TaskConfig<{ input: Record<string, never>; output: { released: number } }> = {
  slug: 'releaseStaleSyncJobs',
  label: 'Release read-model syncs whose runner stopped',
  schedule: [{ cron: '0 * * * * *', queue: 'default' }],
  retries: { attempts: 2 },
  handler: async ({ req }) => ({ output: { released: await releaseStaleSyncJobs(req.payload, new Date()) } }),
};
