import type { Logger } from '@aws-lambda-powertools/logger';
import type { Db } from '../data/db.js';
import { isPossibleId } from '../domain/identifiers.js';
import { localeParameter, readOnlyRoute, ReadRequestError } from '../server/read-route.js';
import { targetGroups } from '../domain/vocabulary.js';
import { activitiesCalendar, councilCalendar, staffCalendar, type FeedScope } from './feeds.js';
import { tokenOfSecret } from './tokens.js';

/** Where the calendars live, beside /graphql. */
export const CALENDAR_PATH = '/calendar/';

/** Public feeds may be cached by the CDN and the subscriber's app for a few minutes; a staff feed by nobody. */
const PUBLIC_CACHE = 'public, max-age=300, stale-while-revalidate=600';
const PRIVATE_CACHE = 'private, no-store';

function activityFilterOf(query: URLSearchParams) {
  const district = query.get('district') || undefined;
  const targetGroup = query.get('targetGroup') || undefined;
  if (district && !isPossibleId(district))
    throw new ReadRequestError('district must be a district slug (see the districts query).');
  if (targetGroup && !(targetGroups as readonly string[]).includes(targetGroup))
    throw new ReadRequestError(`targetGroup must be one of ${targetGroups.join(', ')}.`);
  return { district, targetGroup };
}

/** The feed at a path, or null when there is none there (a staff token unknown or revoked included). */
async function feedAt(
  feed: FeedScope,
  path: string,
  query: URLSearchParams,
): Promise<{ body: string; cache: string } | null> {
  const name = path.slice(CALENDAR_PATH.length);
  if (name === 'council.ics')
    return { body: await councilCalendar(feed, 'public', localeParameter(query)), cache: PUBLIC_CACHE };
  if (name === 'activities.ics')
    return { body: await activitiesCalendar(feed, activityFilterOf(query)), cache: PUBLIC_CACHE };
  const staff = /^staff\/([^/]+)\.ics$/.exec(name);
  if (staff) {
    const token = await tokenOfSecret(feed, staff[1]!, feed.now);
    if (!token) return null;
    return { body: await staffCalendar(feed, token.subject, localeParameter(query)), cache: PRIVATE_CACHE };
  }
  return null;
}

/**
 * The calendars (RFC 5545) under /calendar/: the council's meetings and the published activities for
 * everyone, and a staff member's own feed behind a personal token. GET and HEAD only; a repeated GET of
 * an unchanged public feed is answered 304 by its ETag.
 */
export function createCalendarRoutes(options: {
  db: Db;
  municipality: { slug: string; name: string };
  logger: Logger;
}) {
  return readOnlyRoute({
    logger: options.logger,
    failure: 'Calendar feed failed',
    loggedPath: (path) => (path.startsWith(`${CALENDAR_PATH}staff/`) ? `${CALENDAR_PATH}staff/…` : path),
    refusal: {
      contentType: 'text/plain; charset=utf-8',
      headers: { 'cache-control': 'no-store' },
      body: (message) => `${message}\n`,
    },
    notGet: 'Calendars are read with GET.',
    notFound: 'No calendar here.',
    answer: async (event, query) => {
      const feed = {
        db: options.db,
        tenant: options.municipality.slug,
        municipalityName: options.municipality.name,
        now: new Date(),
      };
      const found = await feedAt(feed, event.rawPath, query);
      return (
        found && {
          body: found.body,
          headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': found.cache },
        }
      );
    },
  });
}
