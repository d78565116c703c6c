import { apiGatewayEvent, lambdaContext } from '../../functions/local/api-gateway-event.js';
import { locales } from '../../functions/domain/locale.js';
import type { ApiHandler } from '../../functions/server/lambda.js';
import { PUBLIC_GRAPHQL_CACHE } from '../../functions/server/http-cache.js';
import { contractOperation } from '../support/contract.js';

/**
 * The day after a violent event: 10,000 requests a second for 10 minutes of the public support queries,
 * through CloudFront (stacks/edge.ts). A model, not a load test (there is no CloudFront here):
 *
 * - Each distinct request (operation and variables: the cache key) arrives as a Poisson stream. With a
 *   shared cache entry that lives T seconds, a miss opens a window of T in which the key's requests are
 *   hits, so the origin sees rate / (1 + rate·T) of that key's requests (and the edge serves the rest).
 *   T is the API's max-age; stale-while-revalidate only moves the refresh off the requester's path.
 * - Origin Shield (one regional cache in eu-north-1 in front of every edge location) makes the shield
 *   the one cache that counts; without it each regional edge cache would miss on its own.
 * - Publishes do not add Lambda invocations: nothing is invalidated, an entry simply expires (a publish is
 *   seen within max-age + stale-while-revalidate), so the publish rate sets staleness, not load.
 * - The mix: the situation guide and support resources in five locales, and search, whose queries follow
 *   a Zipf law (a few words typed by most, a long tail typed once).
 * - The allowed Origin is part of the key (the API answers CORS per origin): the public website's browsers
 *   send its origin, its server-side rendering and apps send none, so every request has two keys.
 */
const REQUESTS_PER_SECOND = 10_000;
const DURATION_SECONDS = 600;
const SEARCH_SHARE = 0.2;
const DISTINCT_SEARCHES = 20_000;
/** Shares of the traffic per Origin in the cache key: the website's browsers, and requests without one (its server rendering, apps). */
const ORIGIN_SHARES = [0.8, 0.2];

const maxAgeOf = (cacheControl: string) => Number(/max-age=(\d+)/.exec(cacheControl)![1]);

/** Origin requests per second for a key requested `rate` times a second, cached `ttl` seconds. */
const originRate = (rate: number, ttl: number) => rate / (1 + rate * ttl);

export async function estimateCrisisSpike(
  handler: ApiHandler,
  options: { situations: string[]; publishesPerHour: number },
) {
  const ttl = maxAgeOf(PUBLIC_GRAPHQL_CACHE);
  // What one Lambda invocation costs, warm: the situation page (median of 50).
  const durations: number[] = [];
  for (let run = 0; run < 50; run++) {
    const started = performance.now();
    await handler(
      apiGatewayEvent({
        method: 'GET',
        rawQueryString: new URLSearchParams({
          query: contractOperation('Situation'),
          variables: JSON.stringify({ slug: options.situations[0], openNowFirst: true }),
        }).toString(),
        headers: { 'x-apollo-operation-name': 'Situation' },
      }),
      lambdaContext('bench'),
    );
    durations.push(performance.now() - started);
  }
  const warmMs = [...durations].sort((a, b) => a - b)[25]!;

  // The keys and their shares of the traffic.
  const keys: number[] = [];
  const browse = 1 - SEARCH_SHARE;
  const pages = [
    { share: 0.25, variants: locales.length }, // Situations (the guide's first page), one per locale
    { share: 0.35, variants: locales.length * options.situations.length }, // Situation, per slug and locale
    { share: 0.4, variants: locales.length * 3 }, // SupportResources, first pages per locale
  ];
  for (const page of pages)
    for (let variant = 0; variant < page.variants; variant++)
      keys.push((REQUESTS_PER_SECOND * browse * page.share) / page.variants);
  const harmonic = Array.from({ length: DISTINCT_SEARCHES }, (_, rank) => 1 / (rank + 1)).reduce(
    (sum, weight) => sum + weight,
    0,
  );
  for (let rank = 0; rank < DISTINCT_SEARCHES; rank++)
    keys.push((REQUESTS_PER_SECOND * SEARCH_SHARE) / (rank + 1) / harmonic);

  // Each key once per Origin variant, with its share of the key's requests.
  const perOrigin = (rate: number) => ORIGIN_SHARES.reduce((sum, share) => sum + originRate(rate * share, ttl), 0);
  const origin = keys.reduce((sum, rate) => sum + perOrigin(rate), 0);
  const searchOrigin = keys.slice(keys.length - DISTINCT_SEARCHES).reduce((sum, rate) => sum + perOrigin(rate), 0);
  const total = REQUESTS_PER_SECOND * DURATION_SECONDS;
  const invocations = origin * DURATION_SECONDS;
  return {
    ttl,
    warmMs,
    keys: keys.length * ORIGIN_SHARES.length,
    edgeShare: 1 - origin / REQUESTS_PER_SECOND,
    originPerSecond: origin,
    searchOriginPerSecond: searchOrigin,
    invocations,
    total,
    concurrency: (origin * warmMs) / 1000,
    publishesPerHour: options.publishesPerHour,
    model: `${REQUESTS_PER_SECOND.toLocaleString('en')} req/s for ${DURATION_SECONDS / 60} min; ${Math.round(browse * 100)}% the situation guide and support resources in ${locales.length} locales, ${Math.round(SEARCH_SHARE * 100)}% search (Zipf over ${DISTINCT_SEARCHES.toLocaleString('en')} distinct queries); each with and without the website's Origin (${ORIGIN_SHARES.map((share) => `${share * 100}%`).join('/')}); one shared cache (Origin Shield, eu-north-1) keeping each answer ${ttl} s (Cache-Control "${PUBLIC_GRAPHQL_CACHE}"); origin share of a key requested r times a second = r/(1 + r·${ttl})`,
  };
}
