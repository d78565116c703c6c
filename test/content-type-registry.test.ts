import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { graphql } from 'graphql';
import { flattenAllFields } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectionFrom } from '../cms/collections/from-description.js';
import { toDocument } from '../cms/publishing/to-document.js';
import { anonymousViewer, type Viewer } from '../functions/auth/viewer.js';
import { describeContentType } from '../functions/content-types/describe.js';
import { contentTypeFrom } from '../functions/content-types/from-description.js';
import { describedTypes } from '../functions/content-types/described.js';
import { contentTypes } from '../functions/content-types/index.js';
import { describedEntityOn } from '../functions/data/entities/described.js';
import { audiences } from '../functions/domain/vocabulary.js';
import { typeDefs } from '../functions/graphql/type-defs.generated.js';
import { documentsOf, exampleContent } from '../functions/read-model/fixture.js';
import { InvalidDocumentError, readModelWriter } from '../functions/read-model/publish.js';
import { documentBySlug, documentList } from '../functions/resolvers/described-reads.js';
import { resolvers } from '../functions/resolvers/resolvers.generated.js';
import { buildScopeIndexes } from '../functions/search/indexer.js';
import { createContext } from '../functions/server/context.js';
import { documentChange } from '../functions/webhooks/changes.js';
import { createTestApi, TENANT, type TestApi } from './support/api.js';
import { lexical } from './support/rich-text.js';

/**
 * A content type that exists only in this test ("notice"), added as a new type is: one description (its
 * names, fields with their rules and labels, list order, web paths and examples) and its entry in a
 * registry. Everything else is built from the description: the CMS collection whose saved documents the
 * publish mapping reads, the document rules, the read-model entity, the API's plain reads (here behind the
 * SDL a new type adds), search and the webhook paths.
 */
const notice = describeContentType({
  type: 'testNotice',
  collection: 'test-notices',
  labels: { singular: { sv: 'Notis', en: 'Notice' }, plural: { sv: 'Notiser', en: 'Notices' } },
  group: 'website',
  title: 'title',
  listOrder: ['priority', 'title'],
  columns: ['priority', 'visibility'],
  fields: {
    priority: { kind: 'number', min: 0, max: 9, default: 5, label: { sv: 'Ordning', en: 'Order' } },
    title: { kind: 'text', max: 100, required: true },
    body: { kind: 'richText' },
    audiences: { kind: 'choices', values: audiences },
    districts: { kind: 'references', to: 'districts', max: 10, duplicateMessage: 'names a district twice' },
  },
  filters: { audience: 'audiences' },
  search: { text: ['body'] },
  webPaths: (key) => ['/notiser', ...(key ? [`/notiser/${key}`] : [])],
  examples: () => [
    {
      key: 'vattenavstangning',
      status: 'published',
      visibility: 'PUBLIC',
      title: { sv: 'Vattenavstängning i Tumba (exempel)' },
      districts: ['tumba'],
    },
    { key: 'utkast', status: 'draft', visibility: 'PUBLIC', title: { sv: 'Utkast (exempel)' } },
  ],
});

const registry = [...contentTypes, contentTypeFrom(notice)] as const;
const writer = readModelWriter(registry);

/** The collection as the CMS runs it: built from the description, its fields flattened as Payload sanitises them. */
const noticeCollectionConfig = collectionFrom(notice);
const noticeCollection = {
  slug: noticeCollectionConfig.slug,
  flattenedFields: flattenAllFields({ fields: noticeCollectionConfig.fields }),
};

/** A saved Payload document of the collection as the sync job reads it (`locale: 'all'`, depth 1). */
const payloadDocument = (changes: Record<string, unknown> = {}) => ({
  id: 41,
  key: 'vattenavstangning',
  _status: 'published',
  priority: 2,
  title: { sv: 'Vattenavstängning i Tumba', en: 'Water shut-off in Tumba', fi: null },
  body: { sv: lexical('Vattnet stängs av under tisdagen.') },
  visibility: 'PUBLIC',
  audiences: ['RELATIVES'],
  districts: [{ id: 3, key: 'tumba', name: { sv: 'Tumba' } }],
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-27T08:00:00.000Z',
  ...changes,
});

/** The SDL a new type adds (schema/<type>.graphql), served by the plain reads of its description. */
const noticeTypeDefs = /* GraphQL */ `
  type TestNotice {
    id: ID!
    slug: String!
    title: String!
    body: String
    priority: Int!
    audiences: [Audience!]!
    districts: [String!]!
  }
  input TestNoticeFilter {
    audience: Audience
  }
  extend type Query {
    testNotice(slug: String!, locale: Locale): TestNotice
    testNotices(locale: Locale, filter: TestNoticeFilter): [TestNotice!]!
  }
`;
const schema = makeExecutableSchema({
  typeDefs: [typeDefs, noticeTypeDefs],
  resolvers: [resolvers, { Query: { testNotice: documentBySlug(notice), testNotices: documentList(notice) } }],
});

describe('a content type added by one description', () => {
  let api: TestApi;
  const copy = (scope: 'staff' | 'public', key = 'vattenavstangning') =>
    describedEntityOn(api.db, notice)
      .get({ tenant: TENANT, scope, key })
      .go({ consistent: true })
      .then((result) => result.data);
  const staff: Viewer = { role: 'STAFF', subject: 'personal@botkyrka.example', roles: ['STAFF'] };
  const ask = async (source: string, variables: Record<string, unknown> = {}, viewer: Viewer = anonymousViewer) => {
    const contextValue = createContext({ viewer, tenant: TENANT, db: api.db, cursorSecret: 'test-cursor-secret' });
    const result = await graphql({ schema, source, variableValues: variables, contextValue });
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, any>;
  };

  beforeAll(async () => {
    api = await createTestApi();
  });

  it('goes from a saved CMS document to the read model, out through the API, into search and to the webhooks', async () => {
    const fieldNames = noticeCollectionConfig.fields.flatMap((field) => ('name' in field ? [field.name] : []));
    expect(fieldNames).toEqual(
      expect.arrayContaining(['key', 'visibility', 'priority', 'title', 'body', 'audiences', 'districts']),
    );

    const document = toDocument(noticeCollection, payloadDocument(), registry);
    expect(document).toMatchObject({
      type: 'testNotice',
      key: 'vattenavstangning',
      title: { sv: 'Vattenavstängning i Tumba', en: 'Water shut-off in Tumba' },
      body: { sv: '<p>Vattnet stängs av under tisdagen.</p>' },
      districts: ['tumba'],
    });
    expect(await writer.publish(api.db, TENANT, document, { documentId: '41' })).toBe('written');
    expect(await copy('staff')).toMatchObject({ priority: 2, audiences: ['RELATIVES'], visibility: 'PUBLIC' });
    expect(await copy('public')).toMatchObject({ title: { sv: 'Vattenavstängning i Tumba' } });

    // A second notice, INTERNAL and first in order: staff see it before the other, the public not at all.
    const internal = toDocument(
      noticeCollection,
      payloadDocument({
        id: 42,
        key: 'intern-notis',
        priority: 1,
        title: { sv: 'Intern notis' },
        visibility: 'INTERNAL',
        audiences: [],
      }),
      registry,
    );
    expect(await writer.publish(api.db, TENANT, internal, { documentId: '42' })).toBe('written');

    const list = `query ($filter: TestNoticeFilter) { testNotices(locale: EN, filter: $filter) { slug title } }`;
    expect((await ask(list)).testNotices).toEqual([{ slug: 'vattenavstangning', title: 'Water shut-off in Tumba' }]);
    expect((await ask(list, {}, staff)).testNotices.map((item: { slug: string }) => item.slug)).toEqual([
      'intern-notis',
      'vattenavstangning',
    ]);
    expect((await ask(list, { filter: { audience: 'RELATIVES' } }, staff)).testNotices).toHaveLength(1);
    expect((await ask(list, { filter: { audience: 'PROFESSIONALS' } }, staff)).testNotices).toEqual([]);

    const one = `query ($slug: String!) { testNotice(slug: $slug) { id title body priority districts } }`;
    expect((await ask(one, { slug: 'Vattenavstangning' })).testNotice).toEqual({
      id: 'vattenavstangning',
      title: 'Vattenavstängning i Tumba',
      body: '<p>Vattnet stängs av under tisdagen.</p>',
      priority: 2,
      districts: ['tumba'],
    });
    expect((await ask(one, { slug: 'intern-notis' })).testNotice).toBeNull();
    expect((await ask(one, { slug: 'intern-notis' }, staff)).testNotice).toMatchObject({ title: 'Intern notis' });

    // Search: the scope's indexes, built from the read model, find it by its title and its text, in its scope only.
    const found = async (scope: 'public' | 'staff', words: string) => {
      const indexes = await buildScopeIndexes(api.db, TENANT, scope, new Date(), [...describedTypes, notice]);
      return indexes
        .get('sv')!
        .search(words, null)
        .hits.filter((hit) => hit.type === 'TEST_NOTICE');
    };
    expect(await found('public', 'vattenavstängning')).toEqual([{ type: 'TEST_NOTICE', key: 'vattenavstangning' }]);
    expect(await found('public', 'tisdagen')).toEqual([{ type: 'TEST_NOTICE', key: 'vattenavstangning' }]);
    expect(await found('public', 'intern notis')).toEqual([]);
    expect(await found('staff', 'intern notis')).toContainEqual({ type: 'TEST_NOTICE', key: 'intern-notis' });

    // What the frontends are told to revalidate when it is published.
    expect(documentChange('publish', 'testNotice', 'vattenavstangning', 'public', [notice]).paths).toEqual([
      '/notiser',
      '/notiser/vattenavstangning',
    ]);
  });

  it('keeps the read-model guards of every type: a change of visibility, a late older publish, an unpublish', async () => {
    const document = toDocument(noticeCollection, payloadDocument(), registry);
    const internal = toDocument(
      noticeCollection,
      payloadDocument({ visibility: 'INTERNAL', updatedAt: '2026-11-27T09:00:00.000Z' }),
      registry,
    );
    expect(await writer.publish(api.db, TENANT, internal, { documentId: '41' })).toBe('written');
    expect(await copy('public')).toBeNull();
    expect(await copy('staff')).toMatchObject({ visibility: 'INTERNAL' });

    // An older publish arriving late changes nothing.
    expect(await writer.publish(api.db, TENANT, document, { documentId: '41' })).toBe('stale');
    expect(await copy('public')).toBeNull();

    expect(
      await writer.unpublish(
        api.db,
        TENANT,
        'testNotice',
        { documentId: '41', key: 'vattenavstangning' },
        Date.parse('2026-11-27T10:00:00Z'),
      ),
    ).toBe('written');
    expect(await copy('staff')).toBeNull();
  });

  it('refuses a document against the rules of its description and writes nothing', async () => {
    const refused = async (changes: Record<string, unknown>, message: RegExp) => {
      const doc = toDocument(noticeCollection, payloadDocument({ key: 'utan-titel', ...changes }), registry);
      await expect(writer.publish(api.db, TENANT, doc)).rejects.toThrow(InvalidDocumentError);
      await expect(writer.publish(api.db, TENANT, doc)).rejects.toThrow(message);
    };
    await refused({ title: { en: 'Only English' } }, /title: needs a Swedish text/);
    await refused({ priority: 12 }, /priority/);
    const tumba = { id: 3, key: 'tumba' };
    await refused({ districts: [tumba, tumba] }, /names a district twice/);
    expect(await copy('staff', 'utan-titel')).toBeNull();
  });

  it('is not known to the shipped pipeline', async () => {
    const document = toDocument(noticeCollection, payloadDocument(), registry);
    expect(() => toDocument(noticeCollection, payloadDocument())).toThrow('Not an editorial collection: test-notices');
    const { publish } = readModelWriter(contentTypes);
    await expect(publish(api.db, TENANT, document)).rejects.toThrow('testNotice is not a content type');
  });

  it('has its section in the import format and its example content', () => {
    const examples = exampleContent(new Date('2026-11-27T12:00:00Z'), registry);
    expect(Object.keys(examples)).toEqual([
      ...contentTypes.map((contentType) => contentType.fixtureSection),
      'testNotices',
    ]);
    const { published, drafts } = documentsOf(examples, 1, registry);
    expect(
      published.filter((document) => document.type === ('testNotice' as string)).map((document) => document.key),
    ).toEqual(['vattenavstangning']);
    expect(drafts).toContainEqual({ type: 'testNotice', key: 'utkast' });
  });
});

describe("README's list of files for a new editorial content type", () => {
  const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('### Adding an editorial content type'),
    readme.indexOf('###', readme.indexOf('### Adding an editorial content type') + 4),
  );
  const entries = [...section.matchAll(/^\d+\. `([^`]+)`/gm)].map((match) => match[1]);

  it('names at most 4 files, the ones this test wrote for its own type', () => {
    expect(entries.length).toBeLessThanOrEqual(4);
    expect(entries).toEqual([
      'functions/content-types/<type>.ts',
      'functions/content-types/described.ts',
      'schema/<type>.graphql',
      'functions/resolvers/Query/<field>.ts',
    ]);
  });

  it('is what the shipped described types follow: each is in the registry, with its SDL and its reads', () => {
    for (const description of describedTypes) {
      const file = description.type.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
      expect(existsSync(resolve(import.meta.dirname, `../functions/content-types/${file}.ts`))).toBe(true);
      expect(existsSync(resolve(import.meta.dirname, `../schema/${file}.graphql`))).toBe(true);
      expect(
        readFileSync(resolve(import.meta.dirname, `../functions/resolvers/Query/${description.type}.ts`), 'utf8'),
      ).toContain('documentBySlug(');
    }
  });
});
