import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Db } from '../data/db.js';
import { localeParameter, readOnlyRoute, ReadRequestError } from '../server/read-route.js';
import { hsdsOrganization, hsdsService } from './hsds.js';

/** Where the open data lives, beside /graphql. */
export const OPEN_DATA_PATH = '/open-data/';

/** The licence the municipality publishes its directory under: public domain dedication. */
export const OPEN_DATA_LICENSE = { name: 'CC0-1.0', title: 'Creative Commons Zero v1.0 Universal', url: 'https://creativecommons.org/publicdomain/zero/1.0/' };

const DEFAULT_PER_PAGE = 50;
const MAX_PER_PAGE = 200;

const json = (statusCode: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});

function positiveInteger(query: URLSearchParams, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = query.get(name);
  if (value === null || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new ReadRequestError(`${name} must be a whole number from 1 to ${max}.`);
  return Number(value);
}

function modifiedAfterOf(query: URLSearchParams): string | undefined {
  const value = query.get('modified_after');
  if (!value) return undefined;
  const instant = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(instant)) throw new ReadRequestError('modified_after must be an ISO 8601 date or date-time, e.g. 2026-01-31T00:00:00Z.');
  return new Date(instant).toISOString();
}

// open data: every public support resource (gsi1, all pages; the directory is a few hundred items)
const publicSupportResources = async (db: Db, tenant: string) => (await db.entities.supportResource.query.list({ tenant, scope: 'public' }).go({ pages: 'all' })).data;
// open data: every public organisation (gsi1, all pages)
const publicOrganisations = async (db: Db, tenant: string) => (await db.entities.organisation.query.list({ tenant, scope: 'public' }).go({ pages: 'all' })).data;

/** One HSDA page of `items` (sorted by id, so that paging is stable), after `modified_after`. */
function page<T extends { id: string }>(items: T[], query: URLSearchParams) {
  const perPage = positiveInteger(query, 'per_page', DEFAULT_PER_PAGE, MAX_PER_PAGE);
  const pageNumber = positiveInteger(query, 'page', 1);
  const sorted = [...items].sort((a, b) => a.id.localeCompare(b.id));
  const totalPages = Math.max(1, Math.ceil(sorted.length / perPage));
  const contents = sorted.slice((pageNumber - 1) * perPage, pageNumber * perPage);
  return {
    total_items: sorted.length,
    total_pages: totalPages,
    page_number: pageNumber,
    size: perPage,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    license: OPEN_DATA_LICENSE,
    contents,
  };
}

async function services(options: { db: Db; tenant: string }, query: URLSearchParams) {
  const { db, tenant } = options;
  const locale = localeParameter(query);
  const after = modifiedAfterOf(query);
  const [resources, organisations, districts] = await Promise.all([
    publicSupportResources(db, tenant),
    publicOrganisations(db, tenant),
    db.entities.district.query.list({ tenant }).go({ pages: 'all' }),
  ]);
  const related = { organisations: new Map(organisations.map((item) => [item.key, item])), districts: new Map(districts.data.map((item) => [item.key, item])) };
  const changed = resources.filter((resource) => !after || resource.updatedAt > after);
  return page(
    changed.map((resource) => hsdsService(tenant, resource, locale, related)),
    query,
  );
}

async function organizations(options: { db: Db; tenant: string }, query: URLSearchParams) {
  const locale = localeParameter(query);
  const after = modifiedAfterOf(query);
  const organisations = await publicOrganisations(options.db, options.tenant);
  return page(
    organisations.filter((organisation) => !after || organisation.updatedAt > after).map((organisation) => hsdsOrganization(options.tenant, organisation, locale)),
    query,
  );
}

/**
 * Open data for national and regional directories: `/open-data/hsds/services` and
 * `/open-data/hsds/organizations`, HSDS 3.0 objects paged as HSDA pages them (`page`, `per_page`), with
 * `modified_after` for incremental harvests and the licence in every page. Public data only.
 */
export function createOpenDataRoutes(options: { db: Db; tenant: string; logger: Logger }) {
  const routes: Record<string, (query: URLSearchParams) => Promise<unknown>> = {
    [`${OPEN_DATA_PATH}hsds/services`]: (query) => services(options, query),
    [`${OPEN_DATA_PATH}hsds/organizations`]: (query) => organizations(options, query),
  };
  return readOnlyRoute({
    logger: options.logger,
    failure: 'Open data failed',
    refusal: (statusCode, message, headers) => json(statusCode, { message }, headers),
    notGet: 'Open data is read with GET.',
    notFound: 'No open data here: see /open-data/hsds/services and /open-data/hsds/organizations.',
    answer: async (event, query) => {
      const route = routes[event.rawPath.replace(/\/$/, '')];
      if (!route) return null;
      return {
        body: JSON.stringify(await route(query)),
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'public, max-age=300, stale-while-revalidate=600',
          link: `<${OPEN_DATA_LICENSE.url}>; rel="license"`,
        },
      };
    },
  });
}
