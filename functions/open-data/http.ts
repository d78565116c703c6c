import type { Logger } from '@aws-lambda-powertools/logger';
import type { Db } from '../data/db.js';
import { localeParameter, readOnlyRoute, ReadRequestError } from '../server/read-route.js';
import { hsdsOrganization, hsdsService } from './hsds.js';
import { unsupportedParameters } from './parameters.js';

/** Where the open data lives, beside /graphql. */
export const OPEN_DATA_PATH = '/open-data/';

/** The licence the municipality publishes its directory under: public domain dedication. */
export const OPEN_DATA_LICENSE = {
  name: 'CC0-1.0',
  title: 'Creative Commons Zero v1.0 Universal',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/',
};

const DEFAULT_PER_PAGE = 50;
const MAX_PER_PAGE = 200;

function positiveInteger(
  query: URLSearchParams,
  name: string,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const value = query.get(name);
  if (value === null || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max)
    throw new ReadRequestError(`${name} must be a whole number from 1 to ${max}.`);
  return Number(value);
}

/** The request's format: HSDA's default, JSON; ndjson (a stream) is not served. */
function checkSupported(query: URLSearchParams): void {
  const format = query.get('format');
  if (format && format !== 'json')
    throw new ReadRequestError('format must be json: this directory serves no other format.');
  const unsupported = unsupportedParameters.filter((name) => query.has(name));
  if (unsupported.length)
    throw new ReadRequestError(
      `${unsupported.join(', ')}: not supported by this directory (it has no taxonomies or service locations).`,
    );
}

/** HSDA's `search`: every word in the item's name or description, regardless of case. */
function matchesSearch(query: URLSearchParams): (item: { name?: string; description?: string }) => boolean {
  const words = (query.get('search') ?? '').toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
  return (item) => {
    const text = `${item.name ?? ''} ${item.description ?? ''}`.toLocaleLowerCase('sv');
    return words.every((word) => text.includes(word));
  };
}

function modifiedAfterOf(query: URLSearchParams): string | undefined {
  const value = query.get('modified_after');
  if (!value) return undefined;
  const instant = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(instant))
    throw new ReadRequestError('modified_after must be an ISO 8601 date or date-time, e.g. 2026-01-31T00:00:00Z.');
  return new Date(instant).toISOString();
}

// open data: every public support resource (gsi1, all pages; the directory is a few hundred items)
/** One municipality's open data: its slug keys the reads and the ids, its name the service areas. */
interface OpenDataScope {
  db: Db;
  municipality: { slug: string; name: string };
}

const publicSupportResources = async (db: Db, tenant: string) =>
  (await db.entities.supportResource.query.list({ tenant, scope: 'public' }).go({ pages: 'all' })).data;
// open data: every public organisation (gsi1, all pages)
const publicOrganisations = async (db: Db, tenant: string) =>
  (await db.entities.organisation.query.list({ tenant, scope: 'public' }).go({ pages: 'all' })).data;

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
    // HSDA: the number of items on this page (per_page is what was asked for).
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    license: OPEN_DATA_LICENSE,
    contents,
  };
}

/** Every public service as HSDS, with what its filters need. */
async function allServices(options: OpenDataScope, query: URLSearchParams) {
  const { db } = options;
  const tenant = options.municipality.slug;
  const locale = localeParameter(query);
  const [resources, organisations, districts] = await Promise.all([
    publicSupportResources(db, tenant),
    publicOrganisations(db, tenant),
    db.entities.district.query.list({ tenant }).go({ pages: 'all' }),
  ]);
  const related = {
    organisations: new Map(organisations.map((item) => [item.key, item])),
    districts: new Map(districts.data.map((item) => [item.key, item])),
  };
  const now = new Date();
  return resources.map((resource) => ({
    updatedAt: resource.updatedAt,
    service: hsdsService(options.municipality, resource, locale, related, now),
  }));
}

// HSDA /services: `modified_after` is "on or after"; `organization_id` the provider's id; `search` words in name or description
async function services(options: OpenDataScope, query: URLSearchParams) {
  checkSupported(query);
  const after = modifiedAfterOf(query);
  const organizationId = query.get('organization_id');
  const search = matchesSearch(query);
  const all = await allServices(options, query);
  const chosen = all
    .filter(
      ({ updatedAt, service }) =>
        (!after || updatedAt >= after) &&
        (!organizationId || service.organization_id === organizationId) &&
        search(service),
    )
    .map(({ service }) => service);
  return page(chosen, query);
}

async function allOrganizations(options: OpenDataScope, query: URLSearchParams) {
  const locale = localeParameter(query);
  return (await publicOrganisations(options.db, options.municipality.slug)).map((organisation) =>
    hsdsOrganization(options.municipality.slug, organisation, locale),
  );
}

// HSDA /organizations: `search` words in name or description
async function organizations(options: OpenDataScope, query: URLSearchParams) {
  checkSupported(query);
  const search = matchesSearch(query);
  return page((await allOrganizations(options, query)).filter(search), query);
}

/** HSDA /services/{id} and /organizations/{id}: the one item, or nothing (404). */
async function oneOf<T extends { id: string }>(items: Promise<T[]>, id: string): Promise<T | null> {
  return (await items).find((item) => item.id === id) ?? null;
}

/** HSDA's `/`: which version of HSDS this is, and where its description is. */
const apiInfo = {
  version: '3.0',
  profile: 'https://docs.openreferral.org/en/v3.0/',
  openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
};

/**
 * Open data for national and regional directories, as HSDA (Open Referral's API) describes it: `/open-data/hsds`
 * (the API's description), `/open-data/hsds/services` and `/open-data/hsds/organizations` (HSDS 3.0 objects
 * paged as HSDA pages them, `page`, `per_page`, with `modified_after` for incremental harvests, `search`,
 * and `organization_id` for services; the licence in every page) and each item by its id. Public data only.
 */
export function createOpenDataRoutes(options: OpenDataScope & { logger: Logger }) {
  const routes: Record<string, (query: URLSearchParams) => Promise<unknown>> = {
    [`${OPEN_DATA_PATH}hsds`]: async () => apiInfo,
    [`${OPEN_DATA_PATH}hsds/services`]: (query) => services(options, query),
    [`${OPEN_DATA_PATH}hsds/organizations`]: (query) => organizations(options, query),
  };
  const itemRoutes: [RegExp, (query: URLSearchParams, id: string) => Promise<unknown>][] = [
    [
      new RegExp(`^${OPEN_DATA_PATH}hsds/services/([0-9a-f-]{36})$`),
      (query, id) =>
        oneOf(
          allServices(options, query).then((all) => all.map(({ service }) => service)),
          id,
        ),
    ],
    [
      new RegExp(`^${OPEN_DATA_PATH}hsds/organizations/([0-9a-f-]{36})$`),
      (query, id) => oneOf(allOrganizations(options, query), id),
    ],
  ];
  /** The answer at a path: a list or the API's description, one item by its id, or null for nothing there. */
  const answerAt = async (path: string, query: URLSearchParams): Promise<unknown> => {
    const route = routes[path];
    if (route) return route(query);
    for (const [pattern, item] of itemRoutes) {
      const id = pattern.exec(path)?.[1];
      if (id) return item(query, id);
    }
    return null;
  };
  return readOnlyRoute({
    logger: options.logger,
    failure: 'Open data failed',
    refusal: { contentType: 'application/json; charset=utf-8', body: (message) => JSON.stringify({ message }) },
    notGet: 'Open data is read with GET.',
    notFound: 'No open data here: see /open-data/hsds, /open-data/hsds/services and /open-data/hsds/organizations.',
    answer: async (event, query) => {
      const found = await answerAt(event.rawPath.replace(/\/$/, ''), query);
      if (found === null) return null;
      return {
        body: JSON.stringify(found),
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'public, max-age=300, stale-while-revalidate=600',
          link: `<${OPEN_DATA_LICENSE.url}>; rel="license"`,
        },
      };
    },
  });
}
