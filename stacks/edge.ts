import { api } from './api';

/**
 * Public reads at the edge: CloudFront in front of the API. The cache key is the query string (a GET's
 * operation — or only its persisted hash — and variables) and the Authorization header, so anonymous
 * callers share entries while a token's request never meets another's; the API marks what a token asked
 * for `private, no-store` (functions/server/http-cache.ts), so those are never stored and go straight
 * through. TTLs follow the API's Cache-Control (five seconds, and as long again stale while
 * revalidating): a publish is seen at the edge within ten seconds without invalidations. Origin Shield in
 * the API's own region makes every edge location ask one regional cache, so a crisis's 10,000 requests a
 * second for the same few queries reach the Lambda a few times a minute each (`npm run bench` estimates it).
 */
export const apiCachePolicy = new aws.cloudfront.CachePolicy('ApiCachePolicy', {
  comment: 'Värna API: anonymous GETs by query string; no cookies; Authorization keys (and bypasses) the cache',
  minTtl: 0,
  defaultTtl: 0,
  maxTtl: 60,
  parametersInCacheKeyAndForwardedToOrigin: {
    queryStringsConfig: { queryStringBehavior: 'all' },
    headersConfig: { headerBehavior: 'whitelist', headers: { items: ['Authorization'] } },
    cookiesConfig: { cookieBehavior: 'none' },
    enableAcceptEncodingGzip: true,
    enableAcceptEncodingBrotli: true,
  },
});

/** The headers the API reads besides the cache key's: content type, CORS and CSRF headers, ETag validators. */
export const apiOriginRequestPolicy = new aws.cloudfront.OriginRequestPolicy('ApiOriginRequestPolicy', {
  comment: 'Värna API: what the Lambda handler reads',
  queryStringsConfig: { queryStringBehavior: 'all' },
  headersConfig: {
    headerBehavior: 'whitelist',
    headers: { items: ['Content-Type', 'Origin', 'Access-Control-Request-Method', 'Access-Control-Request-Headers', 'Apollo-Require-Preflight', 'X-Apollo-Operation-Name'] },
  },
  cookiesConfig: { cookieBehavior: 'none' },
});

const apiHost = api.url.apply((url) => new URL(url).host);

export const edge = new sst.aws.Cdn('ApiEdge', {
  comment: 'Värna API at the edge',
  origins: [
    {
      originId: 'api',
      domainName: apiHost,
      customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] },
      originShield: { enabled: true, originShieldRegion: 'eu-north-1' },
    },
  ],
  defaultCacheBehavior: {
    targetOriginId: 'api',
    viewerProtocolPolicy: 'redirect-to-https',
    allowedMethods: ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'],
    cachedMethods: ['GET', 'HEAD'],
    cachePolicyId: apiCachePolicy.id,
    originRequestPolicyId: apiOriginRequestPolicy.id,
    compress: true,
  },
});
