import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { awsSigner, type SigningCredentials } from '../aws-signer.js';

/**
 * Running the CMS's queued jobs from outside the admin: its job endpoint, reached over HTTP or by invoking
 * the admin's server function, asked queue by queue. The cron Lambda (functions/handlers/cms-jobs.ts) picks the endpoint.
 */

/** The part of Payload's `/api/payload-jobs/run` answer this reports: how many queried jobs are left. */
interface JobRunAnswer {
  remainingJobsFromQueried?: number;
}

/** One GET of the admin's job endpoint (`query` is its query string), answered as status and body. */
export type JobEndpoint = (query: string, authorization: string) => Promise<{ status: number; body: string }>;

const JOB_PATH = '/api/payload-jobs/run';
const TIMEOUT_MS = 50_000;

/** Over HTTP, where the runner may reach the admin's address: the local tests (CMS_URL). */
export const jobEndpointOverHttp =
  (cmsUrl: string): JobEndpoint =>
  async (query, authorization) => {
    const response = await fetch(`${cmsUrl}${JOB_PATH}?${query}`, {
      headers: { authorization },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return { status: response.status, body: await response.text() };
  };

/** The request as the admin's function URL would hand it to OpenNext's server function (payload 2.0). */
export function jobRunEvent(host: string, query: string, authorization: string): APIGatewayProxyEventV2 {
  const now = new Date();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: JOB_PATH,
    rawQueryString: query,
    headers: {
      host,
      'x-forwarded-host': host,
      authorization,
      accept: 'application/json',
      'user-agent': 'varna-cms-jobs',
    },
    queryStringParameters: Object.fromEntries(new URLSearchParams(query)),
    requestContext: {
      accountId: 'anonymous',
      apiId: 'cms-jobs',
      domainName: host,
      domainPrefix: host.split('.')[0] ?? host,
      http: { method: 'GET', path: JOB_PATH, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'varna-cms-jobs' },
      requestId: crypto.randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    isBase64Encoded: false,
  };
}

/**
 * Deployed: the admin's server function invoked directly (Lambda's Invoke API, signed with this function's
 * role, which may invoke that one function: stacks/cms.ts), not through the admin's CloudFront, which
 * serves only the municipality's networks. OpenNext answers the event as it would a function URL's.
 */
export function jobEndpointByInvoke(options: {
  functionName: string;
  host: string;
  region: string;
  /** Lambda's endpoint; the region's by default. */
  endpoint?: string;
  credentials?: SigningCredentials;
}): JobEndpoint {
  const signer = awsSigner({ service: 'lambda', region: options.region, credentials: options.credentials });
  const endpoint = new URL(options.endpoint ?? `https://lambda.${options.region}.amazonaws.com`);
  const path = `/2015-03-31/functions/${encodeURIComponent(options.functionName)}/invocations`;
  return async (query, authorization) => {
    const body = JSON.stringify(jobRunEvent(options.host, query, authorization));
    const signed = await signer.sign({
      method: 'POST',
      protocol: endpoint.protocol,
      hostname: endpoint.hostname,
      port: endpoint.port ? Number(endpoint.port) : undefined,
      path,
      headers: { host: endpoint.host, 'content-type': 'application/json' },
      body,
    });
    const response = await fetch(new URL(path, endpoint), {
      method: 'POST',
      headers: signed.headers,
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`Invoking the CMS server failed: HTTP ${response.status} ${text.slice(0, 300)}`);
    if (response.headers.has('x-amz-function-error')) throw new Error(`The CMS server failed: ${text.slice(0, 300)}`);
    const result = JSON.parse(text) as APIGatewayProxyStructuredResultV2;
    return {
      status: result.statusCode ?? 200,
      body: result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64').toString('utf8') : (result.body ?? ''),
    };
  };
}

/** Asks the endpoint to run each queue's jobs, read-model syncs first; fails when the admin refuses or cannot. */
export async function runJobs(
  endpoint: JobEndpoint,
  secret: string,
): Promise<{ queues: Record<string, { remaining: number }> }> {
  const queues: Record<string, { remaining: number }> = {};
  for (const queue of ['read-model', 'default']) {
    const { status, body } = await endpoint(`queue=${queue}&limit=50`, `Bearer ${secret}`);
    if (status < 200 || status >= 300) throw new Error(`Running the ${queue} jobs failed: HTTP ${status}`);
    const answer = JSON.parse(body) as JobRunAnswer;
    queues[queue] = { remaining: answer.remainingJobsFromQueried ?? 0 };
  }
  return { queues };
}
