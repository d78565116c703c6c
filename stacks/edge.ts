import { api } from './api';
import { stageConfig } from './config';
import { cachedParameters, originFilterCode } from './edge-requests';

/**
 * Public reads at the edge: CloudFront in front of the API. The cache key is what the API reads of a GET
 * (stacks/edge-requests.ts: the operation — or only its persisted hash — and variables; a feed's few
 * parameters), the allowed Origin and the Authorization header, so anonymous callers share entries while
 * a token's request never meets another's; the API marks what a token asked for `private, no-store`
 * (functions/server/http-cache.ts), so those are never stored and go straight through. TTLs follow the
 * API's Cache-Control (five seconds, and as long again stale while revalidating): a publish is seen at the
 * edge within ten seconds without invalidations. Origin Shield in the API's own region makes every edge
 * location ask one regional cache, so a crisis's 10,000 requests a second for the same few queries reach
 * the Lambda a few times a minute each (`npm run bench` estimates it).
 */
const cachePolicy = (name: string, comment: string, parameters: readonly string[], headers: string[]) =>
  new aws.cloudfront.CachePolicy(name, {
    comment,
    minTtl: 0,
    defaultTtl: 0,
    maxTtl: 60,
    parametersInCacheKeyAndForwardedToOrigin: {
      queryStringsConfig: { queryStringBehavior: 'whitelist', queryStrings: { items: [...parameters] } },
      headersConfig: { headerBehavior: 'whitelist', headers: { items: headers } },
      cookiesConfig: { cookieBehavior: 'none' },
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    },
  });

export const apiCachePolicy = cachePolicy(
  'ApiCachePolicy',
  'Värna API: anonymous GETs by the GraphQL parameters and Origin; Authorization and X-Varna-Preview key (and bypass) the cache',
  cachedParameters.graphql,
  // A draft preview's token keys the cache as a bearer token does: its answers are no-store, and a preview
  // never meets the public's cached answer.
  ['Authorization', 'Origin', 'X-Varna-Preview'],
);
export const calendarCachePolicy = cachePolicy(
  'CalendarCachePolicy',
  'Värna calendars: by their parameters and Origin',
  cachedParameters.calendar,
  ['Origin'],
);
export const openDataCachePolicy = cachePolicy(
  'OpenDataCachePolicy',
  'Värna open data: by its parameters and Origin',
  cachedParameters.openData,
  ['Origin'],
);

/** The headers the API reads besides the cache key's: content type, CORS preflight and CSRF headers. No query string beyond the key's. */
export const apiOriginRequestPolicy = new aws.cloudfront.OriginRequestPolicy('ApiOriginRequestPolicy', {
  comment: 'Värna API: what the Lambda handler reads',
  queryStringsConfig: { queryStringBehavior: 'none' },
  headersConfig: {
    headerBehavior: 'whitelist',
    headers: {
      items: [
        'Content-Type',
        'Access-Control-Request-Method',
        'Access-Control-Request-Headers',
        'Apollo-Require-Preflight',
        'X-Apollo-Operation-Name',
      ],
    },
  },
  cookiesConfig: { cookieBehavior: 'none' },
});

/** Drops an Origin the stage does not allow before the cache key is made (stacks/edge-requests.ts). */
export const originFilter = new aws.cloudfront.Function('ApiOriginFilter', {
  comment: 'Värna API: only allowed origins reach the cache key',
  runtime: 'cloudfront-js-2.0',
  publish: true,
  code: originFilterCode(stageConfig.corsOrigins),
});

/**
 * Per-client limits at the edge, beside the API stage's throttle for everyone together (stacks/config.ts):
 * one address sending more than stageConfig.edgeRateLimit requests in five minutes is answered 429 while it
 * does; Amazon's lists of addresses known for attacks and of request patterns of known exploits are
 * blocked outright (both cheap and unlikely to refuse a real caller). A CloudFront WAF lives in us-east-1.
 */
const usEast1 = new aws.Provider('UsEast1', { region: 'us-east-1' });
// No sampled requests: they keep URIs (a calendar link's secret), headers (bearer tokens) and addresses.
const visibility = (metricName: string) => ({
  cloudwatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: false,
});

/**
 * The municipality's own networks (the admin's allow-list): every member of staff there shares a few
 * addresses behind its NAT, so the per-address limit would refuse them together during a crisis. They
 * stay under the stage's throttle for everyone.
 */
const sharedAddresses = (['IPV4', 'IPV6'] as const).flatMap((version) => {
  const cidrs = stageConfig.adminAllowedCidrs.filter((cidr) => (version === 'IPV6') === cidr.includes(':'));
  if (!cidrs.length) return [];
  const set = new aws.wafv2.IpSet(
    `EdgeSharedAddresses${version}`,
    {
      description: `The municipality's networks (${version})`,
      scope: 'CLOUDFRONT',
      ipAddressVersion: version,
      addresses: cidrs,
    },
    { provider: usEast1 },
  );
  return [{ ipSetReferenceStatement: { arn: set.arn } }];
});
const notFromSharedAddresses = sharedAddresses.length
  ? {
      scopeDownStatement: {
        notStatement: {
          statements: [
            sharedAddresses.length === 1 ? sharedAddresses[0]! : { orStatement: { statements: sharedAddresses } },
          ],
        },
      },
    }
  : {};
const managedRules = (name: string, priority: number) => ({
  name,
  priority,
  overrideAction: { none: {} },
  statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
  visibilityConfig: visibility(name),
});

export const edgeFirewall = new aws.wafv2.WebAcl(
  'ApiEdgeFirewall',
  {
    description: 'Värna API at the edge: a rate limit per client address and AWS managed rules',
    scope: 'CLOUDFRONT',
    defaultAction: { allow: {} },
    rules: [
      {
        name: 'RateLimitPerAddress',
        priority: 0,
        action: { block: { customResponse: { responseCode: 429 } } },
        statement: {
          rateBasedStatement: {
            aggregateKeyType: 'IP',
            limit: stageConfig.edgeRateLimit,
            evaluationWindowSec: 300,
            ...notFromSharedAddresses,
          },
        },
        visibilityConfig: visibility('RateLimitPerAddress'),
      },
      managedRules('AWSManagedRulesAmazonIpReputationList', 1),
      managedRules('AWSManagedRulesKnownBadInputsRuleSet', 2),
    ],
    visibilityConfig: visibility('ApiEdgeFirewall'),
  },
  { provider: usEast1 },
);

const apiHost = api.url.apply((url) => new URL(url).host);

/** A behavior to the API with a cache policy of its own; every one filters Origin first. */
const behavior = (cachePolicyId: $util.Input<string>, allowedMethods: string[]) => ({
  targetOriginId: 'api',
  viewerProtocolPolicy: 'redirect-to-https',
  allowedMethods,
  cachedMethods: ['GET', 'HEAD'],
  cachePolicyId,
  originRequestPolicyId: apiOriginRequestPolicy.id,
  compress: true,
  functionAssociations: [{ eventType: 'viewer-request', functionArn: originFilter.arn }],
});

export const edge = new sst.aws.Cdn('ApiEdge', {
  comment: 'Värna API at the edge',
  origins: [
    {
      originId: 'api',
      domainName: apiHost,
      customOriginConfig: {
        httpPort: 80,
        httpsPort: 443,
        originProtocolPolicy: 'https-only',
        originSslProtocols: ['TLSv1.2'],
      },
      originShield: { enabled: true, originShieldRegion: 'eu-north-1' },
    },
  ],
  defaultCacheBehavior: behavior(apiCachePolicy.id, ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT']),
  // The feeds beside /graphql (stacks/api.ts's routes) read parameters of their own: GET and HEAD only.
  orderedCacheBehaviors: [
    { pathPattern: '/calendar/*', ...behavior(calendarCachePolicy.id, ['GET', 'HEAD', 'OPTIONS']) },
    { pathPattern: '/open-data/*', ...behavior(openDataCachePolicy.id, ['GET', 'HEAD', 'OPTIONS']) },
  ],
  webAclArn: edgeFirewall.arn,
});
