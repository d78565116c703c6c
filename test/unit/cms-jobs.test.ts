import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobEndpointByInvoke, runJobs } from '../../functions/cms-jobs/run-jobs.js';

/**
 * The deployed job runner (functions/handlers/cms-jobs.ts) invokes the admin's server function through Lambda's
 * Invoke API, here a local stand-in that records what it is asked and answers as OpenNext's server
 * function would (an API Gateway v2 result), or as Lambda does for a function that failed.
 */
const invocations: { path: string; authorization: string; event: any }[] = [];
let answer: (event: any) => { status?: number; headers?: Record<string, string>; body: unknown } = () => ({ body: {} });
let endpoint = '';

const read = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
  });

const server = createServer(async (request, response) => {
  const event = JSON.parse(await read(request));
  invocations.push({ path: request.url!, authorization: String(request.headers.authorization), event });
  const { status = 200, headers = {}, body } = answer(event);
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const invoke = () =>
  jobEndpointByInvoke({
    functionName: 'varna-production-CmsServerEunorth1Function-abc',
    host: 'cms.example.org',
    region: 'eu-north-1',
    endpoint,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  });

describe('the CMS job runner on AWS', () => {
  it('invokes the admin’s server function with the job endpoint’s request, signed, and reads Payload’s answer', async () => {
    invocations.length = 0;
    answer = (event) => ({
      body: {
        statusCode: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ remainingJobsFromQueried: event.rawQueryString.includes('read-model') ? 2 : 0 }),
        isBase64Encoded: false,
      },
    });
    expect(await runJobs(invoke(), 'jobs-secret')).toEqual({
      queues: { 'read-model': { remaining: 2 }, default: { remaining: 0 } },
    });
    expect(invocations.map(({ path }) => path)).toEqual(
      Array(2).fill('/2015-03-31/functions/varna-production-CmsServerEunorth1Function-abc/invocations'),
    );
    for (const { authorization, event } of invocations) {
      // Lambda's own Signature V4, with this function's role.
      expect(authorization).toMatch(
        /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-north-1\/lambda\/aws4_request, SignedHeaders=\S+, Signature=[0-9a-f]{64}$/,
      );
      // What OpenNext's aws-apigw-v2 converter reads; no `type` (which it takes for a warmer's ping).
      expect(event).not.toHaveProperty('type');
      expect(event).toMatchObject({
        version: '2.0',
        rawPath: '/api/payload-jobs/run',
        headers: { host: 'cms.example.org', authorization: 'Bearer jobs-secret' },
        requestContext: { http: { method: 'GET', path: '/api/payload-jobs/run' } },
        isBase64Encoded: false,
      });
    }
    expect(invocations.map(({ event }) => event.rawQueryString)).toEqual([
      'queue=read-model&limit=50',
      'queue=default&limit=50',
    ]);
  });

  it('reads a base64 answer', async () => {
    answer = () => ({
      body: {
        statusCode: 200,
        body: Buffer.from(JSON.stringify({ remainingJobsFromQueried: 1 })).toString('base64'),
        isBase64Encoded: true,
      },
    });
    expect((await runJobs(invoke(), 'jobs-secret')).queues.default).toEqual({ remaining: 1 });
  });

  it('fails when the admin refuses (a wrong secret), when the function fails, and when the invoke is refused', async () => {
    answer = () => ({
      body: {
        statusCode: 403,
        body: JSON.stringify({ errors: [{ message: 'You are not allowed to perform this action.' }] }),
      },
    });
    await expect(runJobs(invoke(), 'wrong')).rejects.toThrow('Running the read-model jobs failed: HTTP 403');
    answer = () => ({
      headers: { 'x-amz-function-error': 'Unhandled' },
      body: { errorMessage: 'Task timed out after 30.00 seconds' },
    });
    await expect(runJobs(invoke(), 'jobs-secret')).rejects.toThrow(/The CMS server failed: .*Task timed out/);
    answer = () => ({ status: 403, body: { Message: 'not authorized to perform: lambda:InvokeFunction' } });
    await expect(runJobs(invoke(), 'jobs-secret')).rejects.toThrow(/Invoking the CMS server failed: HTTP 403/);
  });
});
