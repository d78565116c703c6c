import { Resource } from 'sst';
import { DEFAULT_REGION } from '../defaults.js';
import { jobEndpointByInvoke, jobEndpointOverHttp, runJobs } from '../cms-jobs/run-jobs.js';

/**
 * The CMS's job runner on AWS (a cron Lambda, every minute): the admin runs on Lambda too and has no
 * long-lived process to tick, so this has its job endpoint run what is queued. A deployed stage invokes
 * the admin's server function (the linked CmsServer); CMS_URL, where set (the local tests), is called over HTTP.
 * It fails when the admin refuses or cannot run the queue; stacks/monitoring.ts alarms on its errors and on its silence.
 */
export async function handler(): Promise<{ queues: Record<string, { remaining: number }> }> {
  const cmsUrl = process.env.CMS_URL;
  const endpoint = cmsUrl
    ? jobEndpointOverHttp(cmsUrl)
    : jobEndpointByInvoke({
        functionName: Resource.CmsServer.name,
        host: Resource.CmsServer.host,
        region: process.env.AWS_REGION ?? DEFAULT_REGION,
      });
  return runJobs(endpoint, Resource.CmsJobsSecret.value);
}
