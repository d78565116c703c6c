import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { publish } from '../functions/read-model/publish.js';
import { assertNoInternals, createTestApi, TENANT, type TestApi } from './support/api.js';
import { seedSample } from './support/seed.js';

/**
 * Open data (functions/open-data): public support resources and organisations as HSDS 3.0, validated
 * against the specification's compiled schemas in ../shared/data/hsds/ (read from there, not copied), and
 * every HSDA endpoint served against the response its OpenAPI description (openapi.json there) gives.
 */
let api: TestApi;
let validService: ValidateFunction;
let validOrganization: ValidateFunction;

const hsdsDir = join(import.meta.dirname, '../../shared/data/hsds');
/** The compiled schemas carry Frictionless Data keywords beside JSON Schema's (name, constraints, core…): not strict. */
function compile(file: string): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(hsdsDir, file), 'utf8')));
}

/** Where the description is published (its `$ref`s are relative to it). */
const OPENAPI_URL = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json';
const openapi = JSON.parse(readFileSync(join(hsdsDir, 'openapi.json'), 'utf8')) as {
  jsonSchemaDialect: string;
  paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: unknown }> }> } }>;
};

/**
 * HSDA's OpenAPI description as one schema document for ajv (OpenAPI 3.1: JSON Schema 2020-12, its
 * `jsonSchemaDialect`). Its `$ref`s name the compiled schemas at Open Referral's URLs: those beside it in
 * ../shared/data/hsds/ are added under those URLs; a reference to one not there fails the compilation.
 */
function describedValidators() {
  expect(openapi.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const refs = JSON.stringify(openapi).match(/"\$ref":"https:[^"]+"/g) ?? [];
  for (const url of new Set(refs.map((ref) => ref.slice('"$ref":"'.length, -1)))) {
    const file = join(hsdsDir, basename(url));
    if (existsSync(file)) ajv.addSchema(JSON.parse(readFileSync(file, 'utf8')), url);
  }
  ajv.addSchema(openapi, OPENAPI_URL);
  const pointer = (...parts: string[]) => parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
  /** The validator of the JSON answer the description gives for a path and status (or `default`), or undefined when it gives none. */
  return (path: string, status: number): ValidateFunction | undefined => {
    const responses = openapi.paths[path]?.get.responses;
    expect(responses, `the description has GET ${path}`).toBeDefined();
    const code = String(status) in responses! ? String(status) : 'default' in responses! ? 'default' : undefined;
    if (!code || !responses![code]!.content?.['application/json']) return undefined;
    return ajv.getSchema(
      `${OPENAPI_URL}#/${pointer('paths', path, 'get', 'responses', code, 'content', 'application/json', 'schema')}`,
    );
  };
}

async function get(path: string) {
  const [rawPath, rawQueryString = ''] = path.split('?');
  const response = await api.send({ method: 'GET', path: rawPath, rawQueryString });
  assertNoInternals(response);
  return response;
}

const all = async (path: string) => {
  const contents: any[] = [];
  for (let page = 1; ; page++) {
    const { body } = (await get(`${path}${path.includes('?') ? '&' : '?'}per_page=2&page=${page}`)) as { body: any };
    contents.push(...body.contents);
    if (body.last_page) return contents;
  }
};

beforeAll(async () => {
  api = await createTestApi();
  await seedSample(api);
  await publish(api.db, TENANT, {
    type: 'supportResource',
    key: 'test-internt-stod',
    revision: 1,
    visibility: 'INTERNAL',
    priority: 1,
    title: { sv: 'Internt stöd endast för personal (test)' },
    audiences: ['PROFESSIONALS'],
    languages: ['sv'],
    openingHours: [],
  });
  validService = compile('service.json');
  validOrganization = compile('organization.json');
});

describe('HSDS services', () => {
  it('are valid HSDS 3.0 services with schedules as weekly RRULEs, languages, service areas and the provider', async () => {
    const first = await get('/open-data/hsds/services');
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.headers.link).toBe('<https://creativecommons.org/publicdomain/zero/1.0/>; rel="license"');
    const page = first.body as any;
    expect(page.license.name).toBe('CC0-1.0');
    expect(page.contents.length).toBeGreaterThanOrEqual(3);
    for (const service of page.contents) expect(validService(service), JSON.stringify(validService.errors)).toBe(true);
    const withHours = page.contents.find((service: any) => service.schedules.length > 0);
    expect(withHours.schedules[0]).toMatchObject({
      freq: 'WEEKLY',
      byday: expect.stringMatching(/^(MO|TU|WE|TH|FR|SA|SU)$/),
      opens_at: expect.stringMatching(/^\d\d:\d\d:00$/),
    });
    expect(
      page.contents.some((service: any) => service.organization && service.organization_id === service.organization.id),
    ).toBe(true);
    expect(page.contents.every((service: any) => service.service_areas.length > 0 && service.status === 'active')).toBe(
      true,
    );
    expect(page.contents.flatMap((service: any) => service.languages.map((language: any) => language.code))).toContain(
      'ar',
    );
  });

  it('pages as HSDA does, every service once, with stable ids, and filters by modified_after', async () => {
    const paged = await all('/open-data/hsds/services');
    const whole = ((await get('/open-data/hsds/services?per_page=200')).body as any).contents;
    expect(paged.map((service) => service.id)).toEqual(whole.map((service: any) => service.id));
    expect(new Set(paged.map((service) => service.id)).size).toBe(paged.length);
    const second = (await get('/open-data/hsds/services?per_page=2&page=2')).body as any;
    expect(second).toMatchObject({
      page_number: 2,
      size: whole.length - 2 >= 2 ? 2 : whole.length - 2,
      first_page: false,
      total_items: whole.length,
      total_pages: Math.ceil(whole.length / 2),
    });
    expect(((await get('/open-data/hsds/services?per_page=200')).body as any).contents).toEqual(whole);

    const later = new Date(Date.now() + 1000).toISOString();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await publish(api.db, TENANT, {
      type: 'supportResource',
      key: 'test-nytt-stod',
      revision: 1,
      visibility: 'PUBLIC',
      priority: 1,
      title: { sv: 'Nytt stöd (test)' },
      audiences: ['RELATIVES'],
      languages: ['sv', 'so'],
      openingHours: [{ weekday: 'MONDAY', opens: '09:00', closes: '12:00' }],
    });
    const changed = (await get(`/open-data/hsds/services?modified_after=${encodeURIComponent(later)}`)).body as any;
    expect(changed.contents.map((service: any) => service.name)).toEqual(['Nytt stöd (test)']);
    // "On or after": the instant of the change itself includes it.
    const at = changed.contents[0].last_modified;
    expect(
      ((await get(`/open-data/hsds/services?modified_after=${encodeURIComponent(at)}`)).body as any).contents.map(
        (service: any) => service.name,
      ),
    ).toEqual(['Nytt stöd (test)']);
    // `size` is what the page holds: the last page of three when there are fewer left.
    const lastPage = (await get(`/open-data/hsds/services?per_page=3&page=${Math.ceil((whole.length + 1) / 3)}`))
      .body as any;
    expect(lastPage.size).toBe(lastPage.contents.length);
    expect(lastPage.size).toBe((whole.length + 1) % 3 || 3);
    expect((await get('/open-data/hsds/services?modified_after=yesterday')).status).toBe(400);
    expect((await get('/open-data/hsds/services?per_page=5000')).status).toBe(400);
  });

  it('give opening hours a timezone, Stockholm’s UTC offset at the time of the answer, and say so in the answer’s language', async () => {
    const offset = DateTime.now().setZone('Europe/Stockholm').offset / 60;
    const schedulesIn = async (locale: string) =>
      ((await get(`/open-data/hsds/services?per_page=200&locale=${locale}`)).body as any).contents.flatMap(
        (service: any) => service.schedules,
      );
    const swedish = await schedulesIn('sv');
    expect(swedish.length).toBeGreaterThan(0);
    for (const schedule of swedish) {
      expect(schedule.timezone).toBe(offset);
      expect(schedule.notes).toMatch(/^Tiderna är lokal tid i Sverige \(Europe\/Stockholm\)/);
    }
    expect((await schedulesIn('en'))[0].notes).toMatch(/^Times are local time in Sweden/);
    // Service areas carry only HSDS values: a name, no extent_type outside HSDS's list.
    const areas = ((await get('/open-data/hsds/services?per_page=200')).body as any).contents.flatMap(
      (service: any) => service.service_areas,
    );
    expect(
      areas.filter(
        (area: any) =>
          area.extent_type !== undefined && !['geojson', 'topojson', 'kml', 'text'].includes(area.extent_type),
      ),
    ).toEqual([]);
  });

  it('answer HSDA’s other doors: the API’s description, one service or organization by id, organization_id, search; a filter it cannot apply is a 400', async () => {
    const root = (await get('/open-data/hsds')).body as any;
    expect(root).toEqual({
      version: '3.0',
      profile: expect.stringMatching(/^https:\/\//),
      openapi_url: expect.stringMatching(/openapi\.json$/),
    });
    const whole = ((await get('/open-data/hsds/services?per_page=200')).body as any).contents as any[];
    const provided = whole.find((service) => service.organization_id)!;
    const one = await get(`/open-data/hsds/services/${provided.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(provided);
    expect(validService(one.body), JSON.stringify(validService.errors)).toBe(true);
    expect((await get('/open-data/hsds/services/00000000-0000-5000-8000-000000000000')).status).toBe(404);
    const organization = await get(`/open-data/hsds/organizations/${provided.organization_id}`);
    expect(organization.body).toMatchObject({ id: provided.organization_id, name: provided.organization.name });

    const byOrganization = (
      (await get(`/open-data/hsds/services?per_page=200&organization_id=${provided.organization_id}`)).body as any
    ).contents as any[];
    expect(byOrganization.map((service) => service.id).sort()).toEqual(
      whole
        .filter((service) => service.organization_id === provided.organization_id)
        .map((service) => service.id)
        .sort(),
    );
    expect(byOrganization.length).toBeLessThan(whole.length);
    const word = provided.name.split(/\s+/)[0].toLocaleUpperCase('sv');
    expect(
      (
        (await get(`/open-data/hsds/services?per_page=200&search=${encodeURIComponent(word)}`)).body as any
      ).contents.map((service: any) => service.id),
    ).toContain(provided.id);
    expect(((await get('/open-data/hsds/services?search=zzxqy')).body as any).contents).toEqual([]);

    for (const [query, named] of [
      ['format=ndjson', 'format'],
      ['taxonomy_id=abc', 'taxonomy_id'],
      ['minimal=true', 'minimal'],
    ]) {
      const refused = await get(`/open-data/hsds/services?${query}`);
      expect(refused.status, query).toBe(400);
      expect(refused.raw).toContain(named);
    }
    expect((await get('/open-data/hsds/services?format=json')).status).toBe(200);
  });

  it('carry public data only', async () => {
    const raw =
      (await get('/open-data/hsds/services?per_page=200')).raw +
      (await get('/open-data/hsds/organizations?per_page=200')).raw;
    expect(raw).not.toContain('Internt stöd endast för personal');
    // Contact persons who did not consent to publication (see the example organisations) are never there.
    expect(raw).not.toContain('Bengt Exempel');
    expect(raw).not.toContain('Karin Exempel');
  });
});

describe('HSDS organizations', () => {
  it('are valid HSDS 3.0 organizations, with consenting contact persons only', async () => {
    const organizations = await all('/open-data/hsds/organizations');
    expect(organizations.length).toBeGreaterThan(3);
    for (const organization of organizations)
      expect(validOrganization(organization), JSON.stringify(validOrganization.errors)).toBe(true);
    const alby = organizations.find((organization) => organization.name === 'Föreningen Unga i Alby (exempel)');
    expect(alby.contacts.map((contact: any) => [contact.name, contact.title])).toEqual([
      ['Amira Exempel', 'Ordförande'],
    ]);
    expect(alby.contacts[0].phones[0].number).toBe('+46 70 000 01 01');
  });

  it('answers a repeated GET 304 by its ETag, and 404 where there is nothing', async () => {
    const first = await get('/open-data/hsds/organizations');
    const again = await api.send({
      method: 'GET',
      path: '/open-data/hsds/organizations',
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(again.status).toBe(304);
    expect((await get('/open-data/hsds/locations')).status).toBe(404);
  });
});

describe('HSDA as its OpenAPI description says', () => {
  let described: ReturnType<typeof describedValidators>;
  beforeAll(() => {
    described = describedValidators();
  });
  /** Where the description's paths are served. */
  const BASE = '/open-data/hsds';

  /** The answer is JSON, and what the description gives for its path and status. */
  function expectAsDescribed(path: string, response: Awaited<ReturnType<typeof get>>) {
    const validate = described(path, response.status);
    expect(validate, `the description gives GET ${path} ${response.status}`).toBeDefined();
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(validate!(response.body), `GET ${path} ${response.status}: ${JSON.stringify(validate!.errors)}`).toBe(true);
  }

  it('answers /, /services, /services/{id}, /organizations and /organizations/{id} with the 200 response the description gives', async () => {
    for (const root of [BASE, `${BASE}/`]) expectAsDescribed('/', await get(root));
    for (const [path, filters] of [
      [
        '/services',
        [
          '',
          'locale=en',
          'organization_id=',
          'search=stöd',
          'search=zzxqy',
          'modified_after=2020-01-01T00:00:00Z',
          'format=json',
          'per_page=2&page=999',
        ],
      ],
      ['/organizations', ['', 'locale=en', 'search=förening', 'search=zzxqy', 'format=json', 'per_page=2&page=999']],
    ] as const) {
      const items: any[] = [];
      // Every page, and the filters the description names that this directory applies.
      for (let page = 1; ; page++) {
        const response = await get(`${BASE}${path}?per_page=2&page=${page}`);
        expectAsDescribed(path, response);
        items.push(...(response.body as any).contents);
        if ((response.body as any).last_page) break;
      }
      expect(items.length).toBeGreaterThan(2);
      for (const filter of filters) {
        const query =
          filter === 'organization_id='
            ? `organization_id=${items.find((item) => item.organization_id)?.organization_id}`
            : filter;
        expectAsDescribed(path, await get(`${BASE}${path}?${query}`));
      }
      // Each item by its id (and one in English).
      for (const item of items) expectAsDescribed(`${path}/{id}`, await get(`${BASE}${path}/${item.id}`));
      expectAsDescribed(`${path}/{id}`, await get(`${BASE}${path}/${items[0].id}?locale=en`));
    }
  });

  it('answers a filter it cannot apply 400 and an unknown id 404, in the shape the description gives for them where it gives one', async () => {
    const refusals: [string, string, number][] = [
      ['/services', `${BASE}/services?taxonomy_id=abc`, 400],
      ['/services', `${BASE}/services?format=ndjson`, 400],
      ['/organizations', `${BASE}/organizations?full_service=true`, 400],
      ['/services/{id}', `${BASE}/services/00000000-0000-5000-8000-000000000000`, 404],
      ['/services/{id}', `${BASE}/services/not-an-id`, 404],
      ['/organizations/{id}', `${BASE}/organizations/00000000-0000-5000-8000-000000000000`, 404],
    ];
    for (const [path, url, status] of refusals) {
      const response = await get(url);
      expect(response.status, url).toBe(status);
      expect(response.headers['content-type'], url).toBe('application/json; charset=utf-8');
      const validate = described(path, status);
      // HSDA's description gives these paths a 200 only; where it gives none, the answer is the API's own { message }.
      if (validate) expect(validate(response.body), `${url}: ${JSON.stringify(validate.errors)}`).toBe(true);
      else expect(response.body, url).toEqual({ message: expect.any(String) });
    }
  });
});
