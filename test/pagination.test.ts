import { beforeAll, describe, expect, it } from 'vitest';
import { FILTER_READS, FILTER_WINDOW } from '../functions/data/pagination.js';
import { publish } from '../functions/read-model/publish.js';
import { createTestApi, errorCodes, TENANT, type TestApi } from './support/api.js';
import { contractOperation } from './support/contract.js';

/** 130 public and 20 internal support resources, with priorities that tie, so order falls back to title. */
const PUBLIC_COUNT = 130;
const INTERNAL_COUNT = 20;
let api: TestApi;
let staff: string;

beforeAll(async () => {
  api = await createTestApi();
  staff = await api.token('staff');
  const documents = [
    ...Array.from({ length: PUBLIC_COUNT }, (_, index) => ({ index, visibility: 'PUBLIC' as const })),
    ...Array.from({ length: INTERNAL_COUNT }, (_, index) => ({
      index: PUBLIC_COUNT + index,
      visibility: 'INTERNAL' as const,
    })),
  ];
  // Written in a shuffled order so that insertion order cannot pass for list order.
  documents.sort((a, b) => ((a.index * 7919) % 151) - ((b.index * 7919) % 151));
  await Promise.all(
    documents.map(({ index, visibility }) =>
      publish(api.db, TENANT, {
        type: 'supportResource',
        key: `resurs-${String(index).padStart(3, '0')}`,
        revision: 1,
        visibility,
        priority: index % 4,
        title: { sv: `Resurs ${String(index).padStart(3, '0')}` },
        audiences: index % 2 === 0 ? ['RELATIVES'] : ['PROFESSIONALS'],
        languages: ['sv'],
      }),
    ),
  );
});

async function pageThrough(variables: Record<string, unknown>, pageSize: number, token?: string) {
  const slugs: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const response = await api.graphql(
      contractOperation('SupportResources'),
      { ...variables, first: pageSize, after },
      token ? { token } : {},
    );
    expect(response.body.errors).toBeUndefined();
    const connection = response.body.data!.supportResources;
    slugs.push(...connection.edges.map((edge: any) => edge.node.slug));
    pages++;
    if (!connection.pageInfo.hasNextPage) break;
    // A full page ends at its last item; a short one of a filtered list where its bounded read stopped.
    if (connection.edges.length === pageSize)
      expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1).cursor);
    after = connection.pageInfo.endCursor;
    expect(pages).toBeLessThan(200);
  }
  return { slugs, pages };
}

/** The order the contract states: priority (highest first), then title. */
const expectedOrder = (indexes: number[]) =>
  [...indexes].sort((a, b) => (b % 4) - (a % 4) || a - b).map((index) => `resurs-${String(index).padStart(3, '0')}`);

describe('paging through more than 100 items', () => {
  it.each([7, 20, 100])('with first: %i returns every public item once, in order', async (pageSize) => {
    const { slugs, pages } = await pageThrough({}, pageSize);
    expect(slugs).toEqual(expectedOrder(Array.from({ length: PUBLIC_COUNT }, (_, index) => index)));
    expect(pages).toBe(Math.ceil(PUBLIC_COUNT / pageSize));
  });

  it('returns every item to staff, internal ones included', async () => {
    const { slugs } = await pageThrough({}, 33, staff);
    expect(slugs).toEqual(expectedOrder(Array.from({ length: PUBLIC_COUNT + INTERNAL_COUNT }, (_, index) => index)));
  });

  it('pages through a filtered list without loss or repeats', async () => {
    const { slugs } = await pageThrough({ audience: 'RELATIVES' }, 9);
    expect(slugs).toEqual(
      expectedOrder(Array.from({ length: PUBLIC_COUNT }, (_, index) => index).filter((index) => index % 2 === 0)),
    );
  });

  it('defaults to 20 items', async () => {
    const response = await api.graphql(contractOperation('SupportResources'), {});
    expect(response.body.data!.supportResources.edges).toHaveLength(20);
    expect(response.body.data!.supportResources.pageInfo.hasNextPage).toBe(true);
  });

  it('answers first: 0 with an empty page', async () => {
    const response = await api.graphql(contractOperation('SupportResources'), { first: 0 });
    expect(response.body.data!.supportResources.edges).toEqual([]);
  });
});

describe('bad paging input', () => {
  it.each([101, 5000, -1])('refuses first: %i with BAD_USER_INPUT on first', async (first) => {
    const response = await api.graphql(contractOperation('SupportResources'), { first });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors![0]!.extensions!.field).toBe('first');
    expect(response.body.data).toBeNull();
  });

  it('refuses a first that is not an Int', async () => {
    const response = await api.graphql(contractOperation('SupportResources'), { first: 'many' });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors![0]!.extensions!.field).toBe('first');
  });

  const validCursor = async () =>
    (await api.graphql(contractOperation('SupportResources'), { first: 3 })).body.data!.supportResources.pageInfo
      .endCursor as string;

  it.each([
    ['garbage', async () => 'not-a-cursor'],
    ['empty signature', async () => `${(await validCursor()).split('.')[0]}.`],
    [
      'tampered position',
      async () => {
        const cursor = await validCursor();
        const [position, signature] = cursor.split('.');
        const keys = JSON.parse(Buffer.from(position!, 'base64url').toString());
        keys.gsi1pk = keys.gsi1pk.replace('public', 'staff');
        return `${Buffer.from(JSON.stringify(keys)).toString('base64url')}.${signature}`;
      },
    ],
    ['tampered signature', async () => `${(await validCursor()).slice(0, -2)}xx`],
  ])('refuses a %s cursor with BAD_USER_INPUT on after', async (_, cursor) => {
    const response = await api.graphql(contractOperation('SupportResources'), { after: await cursor() });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors![0]!.extensions!.field).toBe('after');
  });

  it('refuses a cursor taken from another list', async () => {
    const staffCursor = (await api.graphql(contractOperation('SupportResources'), { first: 3 }, { token: staff })).body
      .data!.supportResources.pageInfo.endCursor;
    const response = await api.graphql(contractOperation('SupportResources'), { after: staffCursor });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    const filtered = await api.graphql(contractOperation('SupportResources'), {
      after: await validCursor(),
      audience: 'RELATIVES',
    });
    expect(errorCodes(filtered)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('a filtered list over a long partition', () => {
  // More than one bounded read's worth of items, of which only two, near the end, match.
  const total = FILTER_READS * FILTER_WINDOW + 40;
  const matching = [total - 30, total - 2];
  let longList: TestApi;

  beforeAll(async () => {
    longList = await createTestApi();
    const indexes = Array.from({ length: total }, (_, index) => index);
    for (let start = 0; start < total; start += 50) {
      await Promise.all(
        indexes.slice(start, start + 50).map((index) =>
          publish(longList.db, TENANT, {
            type: 'supportResource',
            key: `lang-${String(index).padStart(3, '0')}`,
            revision: 1,
            visibility: 'PUBLIC',
            title: { sv: `Resurs ${String(index).padStart(3, '0')}` },
            languages: matching.includes(index) ? ['fi'] : ['sv'],
          }),
        ),
      );
    }
  }, 120_000);

  it('answers each page from a bounded read and continues where it stopped, finding every match once', async () => {
    const slugs: string[] = [];
    const pageSizes: number[] = [];
    let after: string | null = null;
    for (;;) {
      const response = await longList.graphql(contractOperation('SupportResources'), {
        language: 'fi',
        first: 5,
        after,
      });
      expect(response.body.errors).toBeUndefined();
      const connection = response.body.data!.supportResources;
      slugs.push(...connection.edges.map((edge: any) => edge.node.slug));
      pageSizes.push(connection.edges.length);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
      expect(pageSizes.length).toBeLessThan(10);
    }
    expect(slugs).toEqual(matching.map((index) => `lang-${String(index).padStart(3, '0')}`));
    // The first page read its window of 300 items, found nothing, and said where to go on.
    expect(pageSizes).toEqual([0, 2]);
  });
});
