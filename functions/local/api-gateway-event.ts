import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2, Context as LambdaContext } from 'aws-lambda';

/** An API Gateway HTTP API (payload v2) event, as AWS delivers it to the GraphQL Lambda. */
export function apiGatewayEvent(request: {
  method: string;
  path?: string;
  rawQueryString?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  sourceIp?: string;
}): APIGatewayProxyEventV2 {
  const path = request.path ?? '/graphql';
  const headers = Object.fromEntries(
    Object.entries(request.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const body = request.body === undefined || request.body.length === 0 ? undefined : request.body;
  const now = new Date();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: request.rawQueryString ?? '',
    headers,
    ...(request.rawQueryString
      ? { queryStringParameters: Object.fromEntries(new URLSearchParams(request.rawQueryString)) }
      : {}),
    requestContext: {
      accountId: 'anonymous',
      apiId: 'local',
      domainName: headers.host ?? '127.0.0.1',
      domainPrefix: 'local',
      http: {
        method: request.method.toUpperCase(),
        path,
        protocol: 'HTTP/1.1',
        sourceIp: request.sourceIp ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    // API Gateway passes binary and non-text bodies base64-encoded; text as it is.
    ...(body === undefined
      ? { isBase64Encoded: false }
      : typeof body === 'string'
        ? { body, isBase64Encoded: false }
        : { body: body.toString('base64'), isBase64Encoded: true }),
  };
}

/** The Lambda context AWS hands the GraphQL Lambda with such an event, for a run outside Lambda. */
export const lambdaContext = (requestId: string): LambdaContext => ({
  callbackWaitsForEmptyEventLoop: false,
  functionName: 'varna-graphql-local',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-north-1:000000000000:function:varna-graphql-local',
  memoryLimitInMB: '1024',
  awsRequestId: requestId,
  logGroupName: 'local',
  logStreamName: 'local',
  getRemainingTimeInMillis: () => 20_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
});
