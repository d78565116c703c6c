import { deployedFunctions } from '../functions/handlers/triggers';
import { cursorSecret, previewSecret, trustedIssuers } from './auth';
import { functionDefaults, functionEnvironment, requestFunctionOptions, stageConfig } from './config';
import { retention } from './retention';
import { media, tableLink } from './storage';

/**
 * The GraphQL API: API Gateway HTTP API → the Lambda handler. The handler reaches the table through a
 * link whose permissions are only the item operations the API uses, on this table and its indexes; it
 * appends the register's audit records (a decision and its record in one transaction), never changes them.
 */
export const tableAccess = tableLink(
  'VarnaTableAccess',
  ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem', 'ConditionCheckItem'],
  'appends',
);

/**
 * The media bucket as the API sees it: it only reads objects, to sign the short-lived links it hands to
 * callers who may read a file (a council meeting's minutes). Listing, writing and deleting are the CMS's.
 */
export const mediaFiles = new sst.Linkable('MediaFiles', {
  properties: { name: media.name },
  include: [sst.aws.permission({ actions: ['s3:GetObject'], resources: [$interpolate`${media.arn}/*`] })],
});

/**
 * What the access log keeps of a request, one JSON object a line: SST's default less the raw path
 * (`/calendar/staff/<secret>.ics` holds a staff member's calendar secret; the route key,
 * `GET /calendar/{proxy+}`, does not) and the user agent; no query string either. Kept stacks/retention.ts's days.
 */
const accessLogFields: Record<string, string> = {
  requestTime: '"$context.requestTime"',
  requestId: '"$context.requestId"',
  httpMethod: '"$context.httpMethod"',
  routeKey: '"$context.routeKey"',
  status: '$context.status',
  responseLatency: '$context.responseLatency',
  integrationRequestId: '"$context.integration.requestId"',
  integrationStatus: '"$context.integration.status"',
  integrationLatency: '"$context.integration.latency"',
  integrationServiceStatus: '"$context.integration.integrationStatus"',
  ip: '"$context.identity.sourceIp"',
};
export const accessLogFormat = `{${Object.entries(accessLogFields)
  .map(([name, value]) => `"${name}":${value}`)
  .join(',')}}`;

export const api = new sst.aws.ApiGatewayV2('Api', {
  cors: {
    allowOrigins: stageConfig.corsOrigins,
    // x-varna-preview: a frontend's draft preview (functions/preview/token.ts).
    allowHeaders: [
      'authorization',
      'content-type',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'x-varna-preview',
    ],
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    maxAge: '1 hour',
  },
  ...(stageConfig.apiDomain ? { domain: { name: stageConfig.apiDomain } } : {}),
  transform: {
    logGroup: (args) => {
      args.retentionInDays = retention.apiAccessLogDays;
    },
    stage: (args) => {
      args.defaultRouteSettings = {
        throttlingRateLimit: stageConfig.throttle.rate,
        throttlingBurstLimit: stageConfig.throttle.burst,
      };
      args.accessLogSettings = $output(args.accessLogSettings).apply((settings) => ({
        destinationArn: settings!.destinationArn,
        format: accessLogFormat,
      }));
    },
  },
});

export const graphqlFunction = new sst.aws.Function('Graphql', {
  ...functionDefaults,
  handler: deployedFunctions.graphql.handler,
  memory: '1024 MB',
  timeout: '10 seconds',
  link: [tableAccess, cursorSecret, previewSecret, mediaFiles],
  environment: { ...functionEnvironment, VARNA_AUTH_ISSUERS: trustedIssuers, ...requestFunctionOptions },
  // The same esbuild plugins as `npm run build` and the bench (one Apollo Server copy, no GraphOS plugins).
  nodejs: { plugins: './functions/build/esbuild-plugins.mjs' },
});

/** The feeds' reads of the table, and the one write: a staff calendar link's last use. */
export const feedsTableAccess = tableLink('FeedsTableAccess', ['GetItem', 'BatchGetItem', 'Query', 'UpdateItem']);

/**
 * The calendars (functions/calendar/) and HSDS open data (functions/open-data/) beside /graphql, in a
 * function of their own: the GraphQL function's bundle and cold start carry none of their libraries.
 */
export const feedsFunction = new sst.aws.Function('Feeds', {
  ...functionDefaults,
  environment: { ...functionEnvironment, ...requestFunctionOptions },
  handler: deployedFunctions.feeds.handler,
  memory: '512 MB',
  timeout: '10 seconds',
  link: [feedsTableAccess],
  // The same esbuild plugins as the GraphQL function's (what a Lambda never runs stays out).
  nodejs: { plugins: './functions/build/esbuild-plugins.mjs' },
});

for (const route of deployedFunctions.graphql.routes) api.route(route, graphqlFunction.arn);
for (const route of deployedFunctions.feeds.routes) api.route(route, feedsFunction.arn);

export const graphqlUrl = $interpolate`${api.url}/graphql`;
