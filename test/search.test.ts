import { beforeAll, describe, expect, it } from 'vitest';
import { publish, unpublish } from '../functions/read-model/publish.js';
import { forgetSearchIndexes } from '../functions/search/index-cache.js';
import { searchPointerOf } from '../functions/search/version.js';
import { loadStoredSearchIndex, storeSearchIndex } from '../functions/search/index-store.js';
import { randomBytes } from 'node:crypto';
import { assertNoInternals, createTestApi, errorCodes, TENANT, type TestApi } from './support/api.js';
import { contractOperation } from './support/contract.js';
import { seedSample } from './support/seed.js';

/** Search (contract next/web.graphql: Search) over the example content, through the Lambda handler and DynamoDB Local. */
let api: TestApi;
let staff: string;

interface Hit {
  cursor: string;
  snippet: string;
  node: { __typename: string; id?: string; slug?: string; title?: string; name?: string };
}

const search = async (variables: Record<string, unknown>, token?: string) => {
  const response = await api.graphql(contractOperation('Search'), variables, token ? { token } : {});
  assertNoInternals(response);
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data!.search as {
    totalCount: number;
    edges: Hit[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const found = async (variables: Record<string, unknown>, token?: string) =>
  (await search(variables, token)).edges.map((edge) => edge.node.slug ?? edge.node.id);

/** A public page with a Swedish title, published to the read model as its first revision. */
const publishPage = (key: string, title: string) =>
  publish(api.db, TENANT, { type: 'page', key, revision: 1, visibility: 'PUBLIC', title: { sv: title } });

beforeAll(async () => {
  api = await createTestApi();
  await seedSample(api);
  staff = await api.token('staff');
  // Texts in Finnish and Arabic, which the example content has little of.
  await publish(api.db, TENANT, {
    type: 'supportResource',
    key: 'monikielinen-tuki',
    revision: 1,
    visibility: 'PUBLIC',
    title: {
      sv: 'Flerspråkigt stöd (test)',
      fi: 'Tukea radikalisoitumisen ehkäisyyn',
      ar: 'دعم لمكافحة التطرف العنيف',
    },
    summary: {
      sv: 'Samtal på flera språk.',
      fi: 'Keskustelua äärijärjestöistä irtautumisesta.',
      ar: 'محادثات مع الأسر القلقة',
    },
  });
  await api.searchIndexed();
});

describe('search', () => {
  it.each([
    ['SUPPORT_RESOURCE', 'anhöriga', 'stod-till-oroliga-anhoriga'],
    ['SITUATION', 'barn', 'orolig-for-mitt-barn'],
    ['ORGANISATION', 'moské', 'fittja-moske'],
    ['PAGE', 'arbetar Botkyrka', 'sa-arbetar-botkyrka'],
    ['ACTIVITY', 'nattvandring', null],
    ['ASSOCIATION', 'föräldranätverket', null],
  ])('finds a %s', async (type, query, slug) => {
    const result = await search({ query, types: [type] });
    expect(result.totalCount).toBeGreaterThan(0);
    const typename = {
      SUPPORT_RESOURCE: 'SupportResource',
      SITUATION: 'Situation',
      ORGANISATION: 'Organisation',
      PAGE: 'Page',
      ACTIVITY: 'Activity',
      ASSOCIATION: 'Association',
    }[type];
    expect(result.edges.every((edge) => edge.node.__typename === typename)).toBe(true);
    if (slug) expect(result.edges.map((edge) => edge.node.slug ?? edge.node.id)).toContain(slug);
  });

  it('finds inflected forms by their stem in Swedish, English, Finnish and Arabic', async () => {
    expect(await found({ query: 'extremismen', types: ['SUPPORT_RESOURCE'] })).toContain(
      'webbguide-samtal-om-extremism',
    );
    expect(await found({ query: 'worry', locale: 'EN', types: ['PAGE'] })).toContain('orolig-for-nagon');
    expect(await found({ query: 'radikalisoituminen', locale: 'FI' })).toContain('monikielinen-tuki');
    expect(await found({ query: 'المتطرفين', locale: 'AR' })).toContain('monikielinen-tuki');
  });

  it('folds diacritics and Arabic spelling variants', async () => {
    const withRing = await found({ query: 'våldsbejakande' });
    expect(withRing.length).toBeGreaterThan(0);
    expect(await found({ query: 'valdsbejakande' })).toEqual(withRing);
    expect(await found({ query: 'TUMBA' })).toEqual(await found({ query: 'tumba' }));
    expect(await found({ query: 'التَّطَرُّف', locale: 'AR' })).toContain('monikielinen-tuki');
  });

  it('forgives one typo in a longer word', async () => {
    expect(await found({ query: 'anhörga', types: ['SUPPORT_RESOURCE'] })).toContain('stod-till-oroliga-anhoriga');
    expect(await found({ query: 'radikalisring', types: ['SUPPORT_RESOURCE'] }, staff)).toContain(
      'vagledning-for-personal',
    );
    expect(await found({ query: 'extremismm', types: ['SUPPORT_RESOURCE'] })).toContain(
      'webbguide-samtal-om-extremism',
    );
  });

  it('searches the Swedish text where a translation is missing', async () => {
    // The web guide has no Somali text at all.
    expect(await found({ query: 'extremism', locale: 'SO', types: ['SUPPORT_RESOURCE'] })).toContain(
      'webbguide-samtal-om-extremism',
    );
  });

  it('never finds internal content or non-consenting contact persons for anonymous callers', async () => {
    expect(await found({ query: 'orosanmälan' })).not.toContain('intern-rutin-orosanmalan');
    expect(await found({ query: 'orosanmälan' }, staff)).toContain('intern-rutin-orosanmalan');
    expect(await found({ query: 'vägledning personal', types: ['SUPPORT_RESOURCE'] })).not.toContain(
      'vagledning-for-personal',
    );
    expect(await found({ query: 'vägledning personal', types: ['SUPPORT_RESOURCE'] }, staff)).toContain(
      'vagledning-for-personal',
    );
    // Bengt did not consent to being shown; nothing finds him (contact persons are not searchable at all).
    expect((await search({ query: 'Bengt' })).totalCount).toBe(0);
  });

  it('marks the matched words in a plain-text snippet', async () => {
    const [first] = (await search({ query: 'oroliga anhöriga', types: ['SUPPORT_RESOURCE'] })).edges;
    expect(first!.snippet).toMatch(/<mark>[^<]+<\/mark>/);
    expect(first!.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('finds a publish and forgets an unpublish within 5 s', async () => {
    expect(await found({ query: 'Trygghetsvandring' })).toEqual([]);
    await publishPage('trygghetsvandring', 'Trygghetsvandring i Alby');
    const published = Date.now();
    await expect
      .poll(() => found({ query: 'Trygghetsvandring' }), { timeout: 5000, interval: 100 })
      .toEqual(['trygghetsvandring']);
    expect(Date.now() - published).toBeLessThan(5000);
    await unpublish(api.db, TENANT, 'page', 'trygghetsvandring', 2);
    await expect.poll(() => found({ query: 'Trygghetsvandring' }), { timeout: 5000, interval: 100 }).toEqual([]);
  });

  it('pages through every hit once, in ranked order', async () => {
    const all = await search({ query: 'exempel', first: 100 });
    expect(all.totalCount).toBeGreaterThan(10);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await search({ query: 'exempel', first: 4, ...(after ? { after } : {}) });
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.edges.map((edge) => `${edge.node.__typename}:${edge.node.slug ?? edge.node.id}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((edge) => `${edge.node.__typename}:${edge.node.slug ?? edge.node.id}`));
    expect(new Set(seen).size).toBe(all.totalCount);
  });

  it.each([[''], ['   '], ['a'], ['x'.repeat(201)]])(
    'refuses the query %j with BAD_USER_INPUT on query',
    async (query) => {
      const response = await api.graphql(contractOperation('Search'), { query });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors![0]!.extensions!.field).toBe('query');
    },
  );

  it('answers a query of stop words or symbols', async () => {
    expect((await search({ query: 'och att' })).totalCount).toBeGreaterThanOrEqual(0);
    expect((await search({ query: '?!…' })).totalCount).toBe(0);
  });

  it('builds the indexes when content changes, not when someone searches, and supersedes the old ones', async () => {
    const caughtUp = async () => {
      const pointer = await searchPointerOf(api.db, TENANT);
      return pointer.built === pointer.version ? pointer.built : null;
    };
    await expect.poll(caughtUp, { timeout: 5000, interval: 100 }).not.toBeNull();
    const before = (await caughtUp())!;
    // A publish with no search after it: the table's stream wakes the indexer, which stores the new version.
    await publishPage('indexeras-vid-publicering', 'Indexeras vid publicering');
    await expect.poll(caughtUp, { timeout: 5000, interval: 100 }).toBeGreaterThan(before);
    const after = (await caughtUp())!;
    // (This instance trusts the index it holds for up to a second before asking for the pointer.)
    forgetSearchIndexes();
    for (const scope of ['public', 'staff'] as const) {
      const current = await api.db.entities.searchIndexChunk.query
        .byVersion({ tenant: TENANT, scope, locale: 'sv', version: after })
        .go();
      expect(current.data.length).toBeGreaterThan(0);
      expect(current.data[0]!.chunks).toBe(current.data.length);
      expect(current.data.every((chunk) => chunk.expiresAt === undefined)).toBe(true);
      // The indexer moves the pointer first and then sets the old chunks to expire.
      const supersededExpire = async () => {
        const superseded = await api.db.entities.searchIndexChunk.query
          .byVersion({ tenant: TENANT, scope, locale: 'sv', version: before })
          .go();
        return superseded.data.every((chunk) => chunk.expiresAt !== undefined && chunk.expiresAt > Date.now() / 1000);
      };
      await expect.poll(supersededExpire, { timeout: 5000, interval: 100 }).toBe(true);
    }
    // A new instance loads the stored index and answers as one that built it.
    const found = await search({ query: 'indexeras publicering' });
    expect(found.edges.map((edge) => edge.node.slug)).toEqual(['indexeras-vid-publicering']);
    forgetSearchIndexes();
    expect(await search({ query: 'indexeras publicering' })).toEqual(found);
  });

  it('stores a large index in many chunks and reads it back whole', async () => {
    // Random text hardly compresses: about 4 MB of base64 in a dozen chunks, whose keys sort as text (10 before 2).
    const json = JSON.stringify({ text: randomBytes(3_000_000).toString('base64') });
    await storeSearchIndex(api.db, { tenant: TENANT, scope: 'staff', locale: 'sv', version: 999_999 }, json);
    const { data: chunks } = await api.db.entities.searchIndexChunk.query
      .byVersion({ tenant: TENANT, scope: 'staff', locale: 'sv', version: 999_999 })
      .go({ pages: 'all' });
    expect(chunks.length).toBeGreaterThan(10);
    expect(
      await loadStoredSearchIndex(api.db, { tenant: TENANT, scope: 'staff', locale: 'sv', version: 999_999 }),
    ).toBe(json);
  });

  it('refuses a cursor from another search', async () => {
    const first = await search({ query: 'exempel', first: 1 });
    const response = await api.graphql(contractOperation('Search'), { query: 'stöd', after: first.pageInfo.endCursor });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});
