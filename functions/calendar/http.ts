import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Db } from '../data/db.js';
import { isPossibleId } from '../domain/identifiers.js';
import { etagOf, matchesEtag } from '../server/http-cache.js';
import { locales, type LocaleCode } from '../domain/locale.js';
import { targetGroups } from '../domain/vocabulary.js';
import { activitiesCalendar, councilCalendar, staffCalendar, type FeedScope } from './feeds.js';
import { tokenOfSecret } from './tokens.js';

/** Where the calendars live, beside /graphql. */
export const CALENDAR_PATH = '/calendar/';

/** Public feeds may be cached by the CDN and the subscriber's app for a few minutes; a staff feed by nobody. */
const PUBLIC_CACHE = 'public, max-age=300, stale-while-revalidate=600';
const PRIVATE_CACHE = 'private, no-store';

const plain = (statusCode: number, message: string, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers },
  body: `${message}\n`,
});

class FeedRequestError extends Error {}

function localeOf(value: string | undefined): LocaleCode {
  if (value === undefined || value === '') return 'sv';
  const code = value.toLowerCase();
  if (!(locales as readonly string[]).includes(code)) throw new FeedRequestError(`locale must be one of ${locales.join(', ')}.`);
  return code as LocaleCode;
}

function activityFilterOf(query: URLSearchParams) {
  const district = query.get('district') || undefined;
  const targetGroup = query.get('targetGroup') || undefined;
  if (district && !isPossibleId(district)) throw new FeedRequestError('district must be a district slug (see the districts query).');
  if (targetGroup && !(targetGroups as readonly string[]).includes(targetGroup)) throw new FeedRequestError(`targetGroup must be one of ${targetGroups.join(', ')}.`);
  return { district, targetGroup };
}

/** The feed at a path, or null when there is none there (a staff token unknown or revoked included). */
async function feedAt(feed: FeedScope, path: string, query: URLSearchParams): Promise<{ body: string; cache: string } | null> {
  const name = path.slice(CALENDAR_PATH.length);
  if (name === 'council.ics') return { body: await councilCalendar(feed, 'public', localeOf(query.get('locale') ?? undefined)), cache: PUBLIC_CACHE };
  if (name === 'activities.ics') return { body: await activitiesCalendar(feed, activityFilterOf(query)), cache: PUBLIC_CACHE };
  const staff = /^staff\/([^/]+)\.ics$/.exec(name);
  if (staff) {
    const token = await tokenOfSecret(feed, staff[1]!, feed.now);
    if (!token) return null;
    return { body: await staffCalendar(feed, token.subject, localeOf(query.get('locale') ?? undefined)), cache: PRIVATE_CACHE };
  }
  return null;
}

/**
 * The calendars (RFC 5545) under /calendar/: the council's meetings and the published activities for
 * everyone, and a staff member's own feed behind a personal token. GET and HEAD only; a repeated GET of
 * an unchanged public feed is answered 304 by its ETag.
 */
export function createCalendarRoutes(options: { db: Db; tenant: string; logger: Logger }) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const method = event.requestContext.http.method;
    if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Calendars are read with GET.', { allow: 'GET, HEAD' });
    const now = new Date();
    try {
      const found = await feedAt({ db: options.db, tenant: options.tenant, now }, event.rawPath, new URLSearchParams(event.rawQueryString ?? ''));
      if (!found) return plain(404, 'No calendar here.');
      const etag = etagOf(found.body);
      const headers = { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': found.cache, etag };
      if (matchesEtag(event, etag)) return { statusCode: 304, headers };
      return { statusCode: 200, headers, body: method === 'HEAD' ? '' : found.body };
    } catch (error) {
      if (error instanceof FeedRequestError) return plain(400, error.message);
      options.logger.error('Calendar feed failed', { path: event.rawPath.startsWith(`${CALENDAR_PATH}staff/`) ? `${CALENDAR_PATH}staff/…` : event.rawPath, error });
      return plain(500, 'Something went wrong on our side; try again in a while.');
    }
  };
}
