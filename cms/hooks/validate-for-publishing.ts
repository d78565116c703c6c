import {
  APIError,
  ValidationError,
  type CollectionBeforeChangeHook,
  type FlattenedField,
  type PayloadRequest,
} from 'payload';
import { locales } from '../../functions/domain/locale.js';
import { expectedItems, InvalidDocumentError } from '../../functions/read-model/publish.js';
import { isEditorialCollection, type EditorialCollection } from '../../functions/content-types/index.js';
import { inLanguage, text } from '../i18n/labels.js';
import { toDocument } from '../publishing/to-document.js';
import { keepingRequestLocale } from '../request-locale.js';

type Doc = Record<string, unknown>;

/** The document as it will be published, in every locale: what is stored, with this save's locale laid over it. */
function asPublished(fields: FlattenedField[], stored: Doc, data: Doc, locale: string): Doc {
  const merged: Doc = { ...stored };
  for (const field of fields) {
    if (!(field.name in data)) continue;
    // Relations as stored (read with their keys); this save sends only their ids.
    if (field.type === 'relationship' || field.type === 'upload') continue;
    merged[field.name] =
      'localized' in field && field.localized
        ? { ...((stored[field.name] as Doc | undefined) ?? {}), [locale]: data[field.name] }
        : data[field.name];
  }
  return merged;
}

/**
 * The stored document in every locale, read within the save's own transaction (an import's earlier writes
 * are not committed yet).
 */
const readInAllLocales = (
  collection: EditorialCollection,
  id: number | string,
  req: PayloadRequest,
): Promise<Doc | null> =>
  keepingRequestLocale(
    req,
    async () =>
      (await req.payload.findByID({
        collection,
        id,
        locale: 'all',
        draft: true,
        depth: 1,
        overrideAccess: true,
        disableErrors: true,
        req,
      })) as Doc | null,
  );

const requiredToPublish = text('Fältet måste fyllas i för att publicera.', 'This field is required to publish.');

/** A rule's message for an editor: what is missing is "required" (in the admin's language), the rest as the rule says it. */
const editorMessage = (message: string, language: string | undefined) =>
  /received undefined$/.test(message)
    ? inLanguage(requiredToPublish, language)
    : message.charAt(0).toUpperCase() + message.slice(1) + '.';

/** The CMS's field path of a read-model path: a localised text's locale is the field itself. */
const fieldPath = (path: string) =>
  path
    .split('.')
    .filter((segment) => !(locales as readonly string[]).includes(segment))
    .join('.');

/**
 * Nothing the API's read model would refuse can be published: a publish is checked with the read
 * model's own rules (the shared zod schema, the item-size limit) on the document in all its locales,
 * and refused with the field's message, instead of being published in the CMS and failing in its sync.
 */
export const validateForPublishing: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  if (data._status !== 'published' || !isEditorialCollection(collection.slug)) return data;
  const locale = req.locale && req.locale !== 'all' ? req.locale : 'sv';
  const stored = originalDoc?.id ? await readInAllLocales(collection.slug, originalDoc.id, req) : null;
  const merged = asPublished(collection.flattenedFields, stored ?? {}, data, locale);
  try {
    expectedItems(
      'validation',
      toDocument(
        { slug: collection.slug, flattenedFields: collection.flattenedFields },
        { ...merged, updatedAt: new Date().toISOString() },
      ),
    );
  } catch (error) {
    if (!(error instanceof InvalidDocumentError)) throw error;
    const fieldIssues = error.issues.filter((issue) => issue.path !== '');
    if (!fieldIssues.length)
      throw new APIError(
        `Cannot publish: the document ${error.issues.map((issue) => issue.message).join('; ')}.`,
        400,
        undefined,
        true,
      );
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: fieldIssues.map((issue) => ({
          path: fieldPath(issue.path),
          message: editorMessage(issue.message, req.i18n?.language),
        })),
        req,
      },
      req.t,
    );
  }
  return data;
};
