import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html';
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical';
import type { FlattenedField } from 'payload';
import {
  contentTypeOfCollection,
  contentTypes,
  type ContentTypeRegistry,
  type EditorialDocumentInput,
} from '../../functions/content-types/index.js';

/**
 * Turns a Payload document (read with `locale: 'all'` and `depth: 1`) into the read model's document,
 * field by field as the collection's config describes it: localised texts become one text per locale,
 * rich text becomes HTML (sanitised again by publish()), relations become the related documents' keys,
 * uploads the stored file, dates UTC instants. No type is special-cased: a new collection needs nothing here.
 */

type Doc = Record<string, unknown>;

/** What Payload keeps for itself or the read model takes from elsewhere (`key`, the revision). */
// `tenant`: the document's municipality decides which read model it goes to, it is no part of it.
const bookkeeping = new Set(['id', 'key', '_status', 'createdAt', 'updatedAt', 'deletedAt', 'tenant']);

/** `{ sv: 'x', en: null }` → `{ sv: 'x' }`; undefined when no locale has text. */
function text(localized: unknown): Record<string, string> | undefined {
  if (typeof localized === 'string') return { sv: localized };
  if (!localized || typeof localized !== 'object') return undefined;
  const entries = Object.entries(localized as Doc).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '',
  );
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** Localised Lexical rich text → localised HTML. */
function html(localized: unknown): Record<string, string> | undefined {
  if (!localized || typeof localized !== 'object') return undefined;
  const entries = Object.entries(localized as Doc)
    .filter(([, state]) => state && typeof state === 'object' && 'root' in (state as object))
    .map(
      ([locale, state]) =>
        [locale, convertLexicalToHTML({ data: state as SerializedEditorState, disableContainer: true })] as const,
    )
    .filter(([, markup]) => markup.replace(/<[^>]*>/g, '').trim() !== '');
  return entries.length ? Object.fromEntries(entries) : undefined;
}

const keyOf = (related: unknown): string | undefined =>
  related && typeof related === 'object' && 'key' in related ? String((related as Doc).key) : undefined;
const keysOf = (related: unknown): string[] =>
  Array.isArray(related) ? related.map(keyOf).filter((key): key is string => Boolean(key)) : [];

/**
 * An upload relation (read at depth 1) as the stored file the API links to: its object key is where the
 * S3 adapter put it in the media bucket (`prefix/filename`), and where the local disk storage keeps it.
 */
function storedFile(upload: unknown) {
  if (!upload || typeof upload !== 'object' || typeof (upload as Doc).filename !== 'string') return undefined;
  const file = upload as Doc;
  const objectKey = [file.prefix, file.filename].filter((part) => typeof part === 'string' && part !== '').join('/');
  return {
    objectKey,
    filename: file.filename as string,
    mimeType: String(file.mimeType),
    filesize: Number(file.filesize ?? 0),
  };
}

/** A Payload date (or null) as UTC ISO 8601. */
const instant = (value: unknown): string | undefined => (value ? new Date(String(value)).toISOString() : undefined);

function valueOf(field: FlattenedField, value: unknown): unknown {
  const localized = 'localized' in field && field.localized;
  switch (field.type) {
    case 'join':
      return undefined;
    case 'richText':
      return html(localized ? value : { sv: value });
    case 'relationship':
      return field.hasMany ? keysOf(value) : keyOf(value);
    case 'upload':
      return storedFile(value);
    case 'date':
      return instant(value);
    case 'checkbox':
      return Boolean(value);
    case 'array':
      return (Array.isArray(value) ? value : []).map((row) => fieldsOf(field.flattenedFields, row as Doc));
    case 'group': {
      const inner = fieldsOf(field.flattenedFields, (value ?? {}) as Doc);
      return Object.keys(inner).length ? inner : undefined;
    }
    default:
      if (localized) return text(value);
      return value === null || value === '' ? undefined : value;
  }
}

function fieldsOf(fields: FlattenedField[], doc: Doc): Doc {
  const converted: Doc = {};
  for (const field of fields) {
    if (bookkeeping.has(field.name)) continue;
    const value = valueOf(field, doc[field.name]);
    if (value !== undefined) converted[field.name] = value;
  }
  return converted;
}

/** What toDocument needs of a collection: its slug and its (sanitised) fields, as Payload's config has them. */
export interface CollectionShape {
  slug: string;
  flattenedFields: FlattenedField[];
}

/** A document of an editorial collection as Payload reads it (cms/payload-types.ts): walked by its config's fields. */
export type CmsDocument = object & { key?: string | null; updatedAt?: string | null };

/** `registry`: the content types whose collections are editorial (a test may add its own). */
export function toDocument(
  collection: CollectionShape,
  doc: CmsDocument,
  registry: ContentTypeRegistry = contentTypes,
): EditorialDocumentInput {
  const contentType = contentTypeOfCollection(collection.slug, registry);
  if (!contentType) throw new Error(`Not an editorial collection: ${collection.slug}`);
  const updatedAt = String(doc.updatedAt);
  return {
    ...fieldsOf(collection.flattenedFields, doc as Doc),
    type: contentType.type,
    // A missing key stays empty (and is refused), never the text "null" or "undefined".
    key: typeof doc.key === 'string' ? doc.key : '',
    revision: Date.parse(updatedAt),
    updatedAt: new Date(updatedAt).toISOString(),
  } as EditorialDocumentInput;
}
