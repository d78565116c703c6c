import { Resource } from 'sst';

/** The part of Payload's `/api/payload-jobs/run` answer this reports: how many queried jobs are left. */
interface JobRunAnswer {
  remainingJobsFromQueried?: number;
}

/**
 * The CMS's job runner on AWS (a cron Lambda, every minute): the admin runs on Lambda too and has no
 * long-lived process to tick, so this asks its job endpoint to run what is queued, read-model syncs first.
 * It fails when the admin refuses or cannot run the queue; stacks/monitoring.ts alarms on its errors and on its silence.
 */
export async function handler(): Promise<{ queues: Record<string, { remaining: number }> }> {
  const cmsUrl = process.env.CMS_URL;
  if (!cmsUrl) throw new Error('CMS_URL is not set');
  const queues: Record<string, { remaining: number }> = {};
  for (const queue of ['read-model', 'default']) {
    const response = await fetch(`${cmsUrl}/api/payload-jobs/run?queue=${queue}&limit=50`, {
      headers: { authorization: `Bearer ${Resource.CmsJobsSecret.value}` },
      signal: AbortSignal.timeout(50_000),
    });
    if (!response.ok) throw new Error(`Running the ${queue} jobs failed: HTTP ${response.status}`);
    const answer = (await response.json()) as JobRunAnswer;
    queues[queue] = { remaining: answer.remainingJobsFromQueried ?? 0 };
  }
  return { queues };
}
