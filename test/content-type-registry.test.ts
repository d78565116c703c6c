import { Entity, type EntityConfiguration } from 'electrodb';
import { flattenAllFields, type Field } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toDocument } from '../cms/publishing/to-document.js';
import { defineContentType } from '../functions/content-types/define.js';
import { documentKey, localizedText, revisionFields, visibility } from '../functions/content-types/fields.js';
import { contentTypes } from '../functions/content-types/index.js';
import { contentOf, editorialBase, withScopes } from '../functions/content-types/items.js';
import {
  editorialAttributes,
  editorialListIndex,
  editorialPrimaryIndex,
  localizedText as localizedTextAttribute,
  stringList,
} from '../functions/data/entities/shared.js';
import { joinSortKey, swedishSortText } from '../functions/domain/sort-key.js';
import { documentsOf, exampleContent } from '../functions/read-model/fixture.js';
import { InvalidDocumentError, readModelWriter } from '../functions/read-model/publish.js';
import { createTestApi, TENANT, type TestApi } from './support/api.js';

/**
 * A content type that exists only in this test ("notice"), added through the registry as a new type would
 * be: its module (document rules, entity, items, examples) and one entry in a registry. Nothing else of the
 * pipeline knows it, yet the CMS's publish mapping turns its Payload document into a read-model document,
 * the writer publishes and unpublishes it with the same guards as every type, and the import format and
 * example content carry it.
 */
const noticeEntity = (config: EntityConfiguration) =>
  new Entity(
    {
      model: { entity: 'testNotice', version: '1', service: 'varna' },
      attributes: {
        ...editorialAttributes,
        title: { ...localizedTextAttribute, required: true },
        districts: stringList,
      },
      indexes: { byKey: editorialPrimaryIndex, list: editorialListIndex },
    } as const,
    config,
  );

const notice = defineContentType({
  type: 'testNotice',
  cmsSlug: 'test-notices',
  fixtureSection: 'testNotices',
  scoped: true,
  entity: noticeEntity,
  document: z.object({
    type: z.literal('testNotice'),
    ...revisionFields,
    visibility,
    title: localizedText(100),
    districts: z.array(documentKey).default([]),
  }),
  items: (doc, tenant) =>
    withScopes(doc.visibility, {
      ...editorialBase(doc, tenant, joinSortKey(swedishSortText(doc.title.sv ?? ''), doc.key)),
      ...contentOf(doc),
    }),
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

const registry = [...contentTypes, notice] as const;
const writer = readModelWriter(registry);

/** The collection as Payload's config would describe it (fields flattened as Payload sanitises them). */
const noticeFields: Field[] = [
  { name: 'key', type: 'text', required: true },
  { name: 'title', type: 'text', localized: true, required: true },
  { name: 'visibility', type: 'select', options: ['PUBLIC', 'INTERNAL'] },
  { name: 'districts', type: 'relationship', relationTo: 'districts', hasMany: true },
];
const noticeCollection = { slug: 'test-notices', flattenedFields: flattenAllFields({ fields: noticeFields }) };

/** A Payload document of the collection as the sync job reads it (`locale: 'all'`, depth 1). */
const payloadDocument = (changes: Record<string, unknown> = {}) => ({
  id: 41,
  key: 'vattenavstangning',
  _status: 'published',
  title: { sv: 'Vattenavstängning i Tumba', en: 'Water shut-off in Tumba', fi: null },
  visibility: 'PUBLIC',
  districts: [{ id: 3, key: 'tumba', name: { sv: 'Tumba' } }],
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-27T08:00:00.000Z',
  ...changes,
});

describe('a content type added through the registry only', () => {
  let api: TestApi;
  const copy = (scope: 'staff' | 'public', key = 'vattenavstangning') =>
    noticeEntity({ client: api.db.client, table: api.db.table })
      .get({ tenant: TENANT, scope, key })
      .go({ consistent: true })
      .then((result) => result.data);

  beforeAll(async () => {
    api = await createTestApi();
  });

  it('is carried from the CMS document to the read model and back out again', async () => {
    const document = toDocument(noticeCollection, payloadDocument(), registry);
    expect(document).toMatchObject({
      type: 'testNotice',
      key: 'vattenavstangning',
      title: { sv: 'Vattenavstängning i Tumba', en: 'Water shut-off in Tumba' },
      districts: ['tumba'],
    });

    expect(await writer.publish(api.db, TENANT, document, { documentId: '41' })).toBe('written');
    expect(await copy('staff')).toMatchObject({
      title: { sv: 'Vattenavstängning i Tumba', en: 'Water shut-off in Tumba' },
      districts: ['tumba'],
      visibility: 'PUBLIC',
    });
    expect(await copy('public')).toMatchObject({ title: { sv: 'Vattenavstängning i Tumba' } });

    // Made INTERNAL: the public copy goes in the same write, as for every scoped type.
    const internal = toDocument(
      noticeCollection,
      payloadDocument({ visibility: 'INTERNAL', updatedAt: '2026-11-27T09:00:00.000Z' }),
      registry,
    );
    expect(await writer.publish(api.db, TENANT, internal, { documentId: '41' })).toBe('written');
    expect(await copy('public')).toBeNull();
    expect(await copy('staff')).toMatchObject({ visibility: 'INTERNAL' });

    // The same revision guards: an older publish arriving late changes nothing.
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

  it('refuses a document against the type’s own rules and writes nothing', async () => {
    const untitled = toDocument(
      noticeCollection,
      payloadDocument({ key: 'utan-titel', title: { en: 'Only English' } }),
      registry,
    );
    await expect(writer.publish(api.db, TENANT, untitled)).rejects.toThrow(InvalidDocumentError);
    await expect(writer.publish(api.db, TENANT, untitled)).rejects.toThrow(/title: needs a Swedish text/);
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
