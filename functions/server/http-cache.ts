import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { headerOf } from './event.js';
import { PREVIEW_HEADER } from '../preview/token.js';

/**
 * HTTP caching of GraphQL answers. An anonymous GET (a query, never a mutation: Apollo Server refuses
 * those over GET) that answered without errors is public for a few seconds, so the CDN in front of the
 * API (stacks/edge.ts) and browsers can serve it: a publish is seen at the edge within max-age plus
 * stale-while-revalidate (10 s at most), and a crisis's thousands of identical requests a second reach the
 * Lambda a few times a minute per query. Its ETag lets a repeated GET be answered 304. Anything a token
 * asked for is private and never stored; so is anything asked with a preview token, which may hold a
 * draft: a draft in a shared cache would be served to everyone.
 */
export const PUBLIC_GRAPHQL_CACHE = 'public, max-age=5, stale-while-revalidate=5';
const PRIVATE = 'private, no-store';

export const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** True when If-None-Match names this ETag (or is `*`). */
export const matchesEtag = (event: APIGatewayProxyEventV2, etag: string) =>
  Boolean(
    headerOf(event, 'if-none-match')
      ?.split(',')
      .some((tag) => ['*', etag].includes(tag.trim())),
  );

export function withHttpCaching(
  event: APIGatewayProxyEventV2,
  result: APIGatewayProxyStructuredResultV2,
): APIGatewayProxyStructuredResultV2 {
  if (event.requestContext.http.method !== 'GET') return result;
  const body = result.body ?? '';
  // In JSON text a key "errors" can only be the answer's own: inside a string its quotes would be escaped.
  const cacheable =
    !headerOf(event, 'authorization') &&
    !headerOf(event, PREVIEW_HEADER) &&
    result.statusCode === 200 &&
    !result.isBase64Encoded &&
    !body.includes('"errors":');
  if (!cacheable) return { ...result, headers: { ...result.headers, 'cache-control': PRIVATE } };
  const etag = etagOf(body);
  const headers = {
    ...result.headers,
    'cache-control': PUBLIC_GRAPHQL_CACHE,
    etag,
    vary: 'Authorization, X-Varna-Preview',
  };
  if (matchesEtag(event, etag)) return { statusCode: 304, headers };
  return { ...result, headers };
}
