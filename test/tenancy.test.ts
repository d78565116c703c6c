import { beforeAll, describe, expect, it } from 'vitest';
import { createMunicipalityRegistry } from '../functions/tenancy/registry.js';
import { loadSampleContent } from '../functions/local/sample-content.js';
import { publish } from '../functions/read-model/publish.js';
import { assertNoInternals, createTestApi, errorCodes, TENANT, type TestApi } from './support/api.js';

/**
 * Municipalities side by side on one deployment (issue 32): a request is answered for the municipality its
 * token, its `municipality` parameter or its frontend's origin names, and for the stage's default without any,
 * as every request was before. Botkyrka holds the example content; Huddinge a district and two organisations of its
 * own; Nacka is served by no one.
 */
const HUDDINGE = 'huddinge';
const HUDDINGE_ORIGIN = 'https://www.huddinge.se';

const districtsQuery = 'query Districts { districts { slug name } }';
const organisationsQuery = 'query Organisations { organisations(first: 50) { edges { node { name visibility } } } }';

let api: TestApi;

const names = (response: { body: { data?: Record<string, any> | null } }, field: string) =>
  field === 'districts'
    ? (response.body.data?.districts ?? []).map((district: { name: string }) => district.name)
    : (response.body.data?.[field]?.edges ?? []).map((edge: { node: { name: string } }) => edge.node.name);

const post = (query: string, options: { rawQueryString?: string; origin?: string; token?: string } = {}) =>
  api.send({
    method: 'POST',
    rawQueryString: options.rawQueryString ?? '',
    headers: {
      'content-type': 'application/json',
      ...(options.origin ? { origin: options.origin } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query }),
  });

beforeAll(async () => {
  api = await createTestApi();
  await loadSampleContent(api.db, TENANT, new Date(), api.config.cursorSecret);
  const revision = Date.now();
  for (const document of [
    { type: 'district', key: 'sjodalen', name: { sv: 'Sjödalen (exempel)' } },
    {
      type: 'organisation',
      key: 'huddinge-forening',
      visibility: 'PUBLIC',
      name: 'Huddinge fritidsgård (exempel)',
      kind: 'MUNICIPAL_UNIT',
      email: 'fritid@huddinge.example.org',
      contactPersons: [],
    },
    {
      type: 'organisation',
      key: 'huddinge-intern',
      visibility: 'INTERNAL',
      name: 'Huddinge säkerhetssamordnare (exempel)',
      kind: 'MUNICIPAL_UNIT',
      email: 'sakerhet@huddinge.example.org',
      contactPersons: [],
    },
  ])
    await publish(api.db, HUDDINGE, { ...document, revision });
  await api.db.entities.municipality
    .put({
      slug: HUDDINGE,
      name: 'Huddinge',
      kind: 'MUNICIPALITY',
      origins: [HUDDINGE_ORIGIN],
      createdAt: new Date().toISOString(),
    })
    .go();
});

describe('a request without a municipality', () => {
  it('is answered for the stage’s default municipality, as before: Botkyrka’s districts, none of Huddinge’s', async () => {
    const response = await post(districtsQuery);
    expect(response.status).toBe(200);
    expect(names(response, 'districts')).toContain('Alby');
    expect(names(response, 'districts')).not.toContain('Sjödalen (exempel)');
  });

  it('from a frontend whose origin no municipality has is answered for the default too', async () => {
    const response = await post(districtsQuery, { origin: 'https://www.botkyrka.se' });
    expect(names(response, 'districts')).toContain('Alby');
  });
});

describe('a public request that names a municipality', () => {
  it('by the municipality parameter gets that municipality’s content and nothing of another’s', async () => {
    const response = await post(districtsQuery, { rawQueryString: `municipality=${HUDDINGE}` });
    expect(response.status).toBe(200);
    expect(names(response, 'districts')).toEqual(['Sjödalen (exempel)']);
    const organisations = await post(organisationsQuery, { rawQueryString: `municipality=${HUDDINGE}` });
    // Public only: Huddinge's internal contact stays in its staff copy.
    expect(names(organisations, 'organisations')).toEqual(['Huddinge fritidsgård (exempel)']);
  });

  it('by its frontend’s origin gets that municipality’s content', async () => {
    const response = await post(districtsQuery, { origin: HUDDINGE_ORIGIN });
    expect(names(response, 'districts')).toEqual(['Sjödalen (exempel)']);
  });

  it('naming the default municipality is the same as naming none', async () => {
    const named = await post(districtsQuery, { rawQueryString: `municipality=${TENANT}` });
    const unnamed = await post(districtsQuery);
    expect(named.body).toEqual(unnamed.body);
  });

  it('naming a municipality that is not served is refused with HTTP 400, its field named, and no data', async () => {
    for (const [value, words] of [
      ['nacka', /serves no municipality named "nacka"/],
      ['Nacka!', /not a municipality's name/],
    ] as const) {
      const response = await post(districtsQuery, { rawQueryString: `municipality=${encodeURIComponent(value)}` });
      expect(response.status, value).toBe(400);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors?.[0]?.extensions?.field).toBe('municipality');
      expect(response.body.errors?.[0]?.message).toMatch(words);
      expect(response.body.data ?? null).toBeNull();
      assertNoInternals(response);
    }
  });
});

describe('a signed-in caller', () => {
  it('acts in the municipality of their token: a Huddinge staff member sees Huddinge’s internal contacts, not Botkyrka’s', async () => {
    const token = await api.token('staff', 'huddinge-staff', undefined, { municipality: HUDDINGE });
    const response = await post(organisationsQuery, { token });
    expect(response.status).toBe(200);
    expect(names(response, 'organisations').sort()).toEqual([
      'Huddinge fritidsgård (exempel)',
      'Huddinge säkerhetssamordnare (exempel)',
    ]);
  });

  it('cannot name another municipality than their own: FORBIDDEN (403), nothing answered', async () => {
    const huddingeStaff = await api.token('staff', 'huddinge-staff', undefined, { municipality: HUDDINGE });
    const refused = await post(organisationsQuery, { token: huddingeStaff, rawQueryString: `municipality=${TENANT}` });
    expect(refused.status).toBe(403);
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    // A token without a municipality belongs to the default one, as every token did before.
    const botkyrkaStaff = await api.token('staff', 'botkyrka-staff');
    const alsoRefused = await post(organisationsQuery, {
      token: botkyrkaStaff,
      rawQueryString: `municipality=${HUDDINGE}`,
    });
    expect(alsoRefused.status).toBe(403);
    expect(JSON.stringify(alsoRefused.body)).not.toContain('Huddinge säkerhetssamordnare');
  });

  it('whose token names a municipality that is not served is refused (403)', async () => {
    const token = await api.token('staff', 'nacka-staff', undefined, { municipality: 'nacka' });
    const response = await post(organisationsQuery, { token });
    expect(response.status).toBe(403);
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it('gets a calendar link that names their municipality, and the feed answers under it', async () => {
    const token = await api.token('staff', 'huddinge-staff', undefined, { municipality: HUDDINGE });
    const created = await post('mutation { createCalendarToken { feedPath } }', { token });
    const feedPath: string = created.body.data?.createCalendarToken?.feedPath;
    expect(feedPath).toMatch(/^\/calendar\/staff\/[A-Za-z0-9_-]+\.ics\?municipality=huddinge$/);
    const [path, query] = feedPath.split('?');
    const feed = await api.send({ method: 'GET', path: path!, rawQueryString: query! });
    expect(feed.status).toBe(200);
    expect(feed.raw).toContain('BEGIN:VCALENDAR');
    // Without the municipality, the secret is looked up under the default's keys: no such feed.
    expect((await api.send({ method: 'GET', path: path! })).status).toBe(404);
  });
});

describe('the feeds', () => {
  it('name the municipality whose they are: Huddinge’s council calendar is titled Huddinge, the default’s Botkyrka', async () => {
    const huddinge = await api.send({
      method: 'GET',
      path: '/calendar/council.ics',
      rawQueryString: `municipality=${HUDDINGE}`,
    });
    expect(huddinge.status).toBe(200);
    expect(huddinge.raw).toContain('Interreligiösa rådets möten – Huddinge');
    expect(huddinge.raw).toMatch(/PRODID:-\/\/Huddinge kommun\/\/Värna/);
    expect(huddinge.raw).not.toContain('Botkyrka');
    const botkyrka = await api.send({ method: 'GET', path: '/calendar/council.ics' });
    expect(botkyrka.raw).toContain('Interreligiösa rådets möten – Botkyrka');
  });

  it('serve open data of the municipality named, and refuse one not served as JSON', async () => {
    const organizations = await api.send({
      method: 'GET',
      path: '/open-data/hsds/organizations',
      rawQueryString: `municipality=${HUDDINGE}`,
    });
    expect(organizations.status).toBe(200);
    expect(organizations.raw).toContain('Huddinge fritidsgård (exempel)');
    expect(organizations.raw).not.toContain('Huddinge säkerhetssamordnare');
    expect(organizations.raw).not.toContain('Botkyrka');
    const refused = await api.send({
      method: 'GET',
      path: '/open-data/hsds/organizations',
      rawQueryString: 'municipality=nacka',
    });
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.raw).message).toMatch(/nacka/);
  });
});

describe('the municipality registry of an instance', () => {
  it('reads the table once for many requests, and sees a new municipality once its minute has passed', async () => {
    let now = 0;
    const registry = createMunicipalityRegistry(api.db, { clock: () => now });
    expect(await registry.bySlug('haninge')).toBeUndefined();
    await api.db.entities.municipality
      .put({ slug: 'haninge', name: 'Haninge', kind: 'MUNICIPALITY', origins: [], createdAt: new Date().toISOString() })
      .go();
    now += 59_000;
    expect(await registry.bySlug('haninge')).toBeUndefined();
    now += 2_000;
    expect((await registry.bySlug('haninge'))?.name).toBe('Haninge');
    expect((await registry.byOrigin('HTTPS://WWW.HUDDINGE.SE/'))?.slug).toBe(HUDDINGE);
  });
});
