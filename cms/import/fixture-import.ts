import { convertHTMLToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical';
import { JSDOM } from 'jsdom';
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  ValidationError,
  type Payload,
  type PayloadRequest,
  type RequiredDataFromCollectionSlug,
} from 'payload';
import { sanitizeRichText } from '../../functions/domain/html.js';
import { fixtureSections, type EditorialFixture } from '../../functions/read-model/fixture.js';
import { locales, type LocaleCode } from '../../functions/domain/locale.js';
import {
  contentTypeOf,
  contentTypes,
  isEditorialCollection,
  type EditorialCollection,
} from '../../functions/content-types/index.js';
import { defaultMunicipality } from '../tenancy/municipality.js';

/**
 * `npm run cms:import`: the contract's fixture format into the CMS, through Payload, so that hooks and
 * sync jobs run exactly as for an editor. A document's `key` is its identity: re-importing updates.
 * Every document is checked against the read model's rules first, and the whole file is written in one
 * database transaction: a bad document, a dangling reference or a refusal by the CMS writes nothing.
 */

/** Each section of the file and its collection, in publishing order (what others refer to first). */
const collectionOf = Object.fromEntries(
  contentTypes.map((contentType) => [contentType.fixtureSection, contentType.cmsSlug]),
) as Record<keyof EditorialFixture, EditorialCollection>;

/** Fields given as HTML that the CMS keeps as Lexical rich text: the collection's richText fields. */
const richTextFields = (payload: Payload, collection: EditorialCollection) =>
  payload.collections[collection].config.flattenedFields
    .filter((field) => field.type === 'richText')
    .map((field) => field.name);

/** Fields that name other documents by key: the collection's relationships to one editorial collection. */
const relationFields = (payload: Payload, collection: EditorialCollection): Record<string, EditorialCollection> =>
  Object.fromEntries(
    payload.collections[collection].config.flattenedFields.flatMap((field) =>
      // Not the document's municipality (`tenant`): the file's documents all go to the one the import names.
      field.type === 'relationship' && typeof field.relationTo === 'string' && isEditorialCollection(field.relationTo)
        ? [[field.name, field.relationTo]]
        : [],
    ),
  );

export class FixtureError extends Error {
  override name = 'FixtureError';
}

export interface ImportReport {
  created: string[];
  updated: string[];
}

type FixtureDocument = Record<string, unknown> & { key: string; status?: string };

const isLocalized = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value as object).length > 0 &&
  Object.keys(value as object).every((key) => (locales as readonly string[]).includes(key));

/** Checks every document against the read model's rules; throws one error listing every problem. */
export function validateFixture(fixture: EditorialFixture): void {
  const problems: string[] = [];
  const sections = fixtureSections();
  for (const [collection, type] of Object.entries(sections) as [keyof EditorialFixture, string][]) {
    const documents = fixture[collection];
    if (documents === undefined) continue;
    if (!Array.isArray(documents)) {
      problems.push(`${collection}: must be a list of documents`);
      continue;
    }
    const seen = new Set<string>();
    for (const [index, { status, ...document }] of documents.entries()) {
      const label = `${collection}[${index}]${document.key ? ` (${document.key})` : ''}`;
      if (status !== undefined && status !== 'published' && status !== 'draft')
        problems.push(`${label}.status: must be "published" or "draft"`);
      if (seen.has(document.key)) problems.push(`${label}.key: appears twice in the file`);
      seen.add(document.key);
      const parsed = contentTypeOf(type)!.document.safeParse({ ...document, type, revision: 0 });
      if (!parsed.success)
        for (const issue of parsed.error.issues) problems.push(`${label}.${issue.path.join('.')}: ${issue.message}`);
    }
  }
  for (const key of Object.keys(fixture))
    if (!(key in sections)) problems.push(`${key}: not a collection of the import format`);
  if (problems.length)
    throw new FixtureError(`The file was not imported; fix these first:\n  ${problems.join('\n  ')}`);
}

/**
 * The API serves only what its sanitiser keeps, so the import drops the rest first (scripts, images by
 * address, script links). That also spares Lexical nodes the CMS cannot store: an upload without a media
 * document, or a link whose unsafe address was removed (its text stays).
 */
function importableHtml(html: string): string {
  const { document } = new JSDOM(`<body>${sanitizeRichText(html)}</body>`).window;
  for (const link of document.querySelectorAll('a:not([href])')) link.replaceWith(...link.childNodes);
  return document.body.innerHTML;
}

/**
 * Every key a document names must be in the file or already in the CMS: checked before anything is
 * written. Returns the ids of the documents already in the CMS, by `collection:key`.
 */
async function checkReferences(
  payload: Payload,
  fixture: EditorialFixture,
  req: PayloadRequest,
  tenant: number,
): Promise<Map<string, string | number>> {
  const keysInFile = new Map<EditorialCollection, Set<string>>();
  for (const [fixtureCollection, collection] of Object.entries(collectionOf) as [
    keyof EditorialFixture,
    EditorialCollection,
  ][]) {
    keysInFile.set(
      collection,
      new Set(((fixture[fixtureCollection] ?? []) as FixtureDocument[]).map((document) => document.key)),
    );
  }
  const references: { label: string; target: EditorialCollection; key: string }[] = [];
  for (const [fixtureCollection, collection] of Object.entries(collectionOf) as [
    keyof EditorialFixture,
    EditorialCollection,
  ][]) {
    for (const [index, document] of ((fixture[fixtureCollection] ?? []) as FixtureDocument[]).entries()) {
      for (const [field, target] of Object.entries(relationFields(payload, collection))) {
        const value = document[field];
        if (value === null || value === undefined) continue;
        for (const key of (Array.isArray(value) ? value : [value]).map(String)) {
          if (!keysInFile.get(target)!.has(key))
            references.push({ label: `${fixtureCollection}[${index}] (${document.key}).${field}`, target, key });
        }
      }
    }
  }
  const problems: string[] = [];
  const existingIds = new Map<string, string | number>();
  for (const target of new Set(references.map((reference) => reference.target))) {
    const keys = [
      ...new Set(references.filter((reference) => reference.target === target).map((reference) => reference.key)),
    ];
    const { docs } = await payload.find({
      collection: target,
      where: { and: [{ key: { in: keys } }, { tenant: { equals: tenant } }] },
      draft: true,
      depth: 0,
      limit: keys.length,
      pagination: false,
      overrideAccess: true,
      req,
    });
    for (const doc of docs) existingIds.set(`${target}:${doc.key}`, doc.id);
    for (const reference of references) {
      if (reference.target === target && !existingIds.has(`${target}:${reference.key}`))
        problems.push(`${reference.label}: no ${target} document with key "${reference.key}" in the file or the CMS`);
    }
  }
  if (problems.length)
    throw new FixtureError(`The file was not imported; fix these first:\n  ${problems.join('\n  ')}`);
  return existingIds;
}

export async function importFixture(
  payload: Payload,
  fixture: EditorialFixture,
  options: { municipality?: number } = {},
): Promise<ImportReport> {
  validateFixture(fixture);
  const req = await createLocalReq({}, payload);
  // Every document of the file belongs to one municipality (issue 32): the named one, else the deployment's default.
  const tenant = options.municipality ?? (await defaultMunicipality(payload, req))?.id;
  if (tenant === undefined) throw new FixtureError('The CMS has no default municipality to import into.');
  const existingIds = await checkReferences(payload, fixture, req, tenant);
  // One transaction on PostgreSQL; Payload's SQLite adapter runs without transactions, which is why
  // everything that can be checked is checked above, before the first write.
  await initTransaction(req);
  try {
    const report = await writeFixture(payload, fixture, req, existingIds, tenant);
    await commitTransaction(req);
    return report;
  } catch (error) {
    await killTransaction(req);
    throw error;
  }
}

/** Writes the documents in the order of `collectionOf`, so that a document's references are written (or existed) before it. */
async function writeFixture(
  payload: Payload,
  fixture: EditorialFixture,
  req: PayloadRequest,
  existingIds: Map<string, string | number>,
  tenant: number,
): Promise<ImportReport> {
  const editorConfig = await editorConfigFactory.default({ config: payload.config });
  const report: ImportReport = { created: [], updated: [] };
  const idsByKey = new Map(existingIds);
  const toLexical = (html: string) => convertHTMLToLexical({ editorConfig, html: importableHtml(html), JSDOM });

  const resolveIds = (collection: EditorialCollection, keys: string[]) =>
    keys.map((key) => {
      const id = idsByKey.get(`${collection}:${key}`);
      if (id === undefined)
        throw new FixtureError(
          `The file was not imported: no ${collection} document with key "${key}" exists or is in the file.`,
        );
      return id;
    });

  for (const [fixtureCollection, collection] of Object.entries(collectionOf) as [
    keyof EditorialFixture,
    EditorialCollection,
  ][]) {
    for (const [index, { status, ...document }] of (
      (fixture[fixtureCollection] ?? []) as FixtureDocument[]
    ).entries()) {
      const published = status !== 'draft';
      // Split the document into the Swedish write (with every non-localised field) and one write per other locale.
      const perLocale = new Map<LocaleCode, Record<string, unknown>>(locales.map((locale) => [locale, {}]));
      const relations = relationFields(payload, collection);
      const richText = richTextFields(payload, collection);
      for (const [field, value] of Object.entries(document)) {
        let resolved: unknown = value;
        const relation = relations[field];
        if (relation && value !== null && value !== undefined) {
          resolved = Array.isArray(value)
            ? resolveIds(relation, value as string[])
            : resolveIds(relation, [String(value)])[0];
        }
        if (isLocalized(resolved)) {
          for (const locale of locales) {
            if (!Object.hasOwn(resolved, locale)) continue;
            const text = resolved[locale];
            perLocale.get(locale)![field] =
              richText.includes(field) && typeof text === 'string' ? toLexical(text) : text;
          }
        } else {
          perLocale.get('sv')![field] = resolved;
        }
      }
      const statusFields = { _status: published ? 'published' : 'draft' } as const;
      const [existing] = (
        await payload.find({
          collection,
          where: { and: [{ key: { equals: document.key } }, { tenant: { equals: tenant } }] },
          draft: true,
          depth: 0,
          limit: 1,
          overrideAccess: true,
          req,
        })
      ).docs;
      let id = existing?.id;
      try {
        for (const [locale, data] of perLocale) {
          if (locale !== 'sv' && Object.keys(data).length === 0) continue;
          // The file's fields as Payload's data for the collection, which only Payload's validation as it
          // writes can confirm (a refusal is reported field by field below); validateFixture checked them
          // against the read model's rules.
          const fields = {
            ...data,
            ...statusFields,
            ...(locale === 'sv' ? { tenant } : {}),
          } as RequiredDataFromCollectionSlug<EditorialCollection>;
          const write = { collection, locale, data: fields, draft: !published, overrideAccess: true, req };
          if (id === undefined) {
            id = (await payload.create(write)).id;
            report.created.push(`${collection}/${document.key}`);
          } else {
            await payload.update({ ...write, id });
            if (locale === 'sv' && existing) report.updated.push(`${collection}/${document.key}`);
          }
        }
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const label = `${fixtureCollection}[${index}] (${document.key})`;
        const problems = error.data.errors.map((problem) => `${label}.${problem.path}: ${problem.message}`);
        throw new FixtureError(`The file was not imported; the CMS refused:\n  ${problems.join('\n  ')}`);
      }
      idsByKey.set(`${collection}:${document.key}`, id!);
    }
  }
  return report;
}
