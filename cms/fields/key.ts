import { ValidationError, type CollectionSlug, type Field, type PayloadRequest } from 'payload';
import slugify from 'slugify';
import { documentKey } from '../../functions/content-types/fields.js';
import { inLanguage, text } from '../i18n/labels.js';
import { keepingRequestLocale } from '../request-locale.js';
import { matches } from './validate.js';

/**
 * The key (slug) of an editorial document: its web address on the website and its id in the API.
 * Proposed from the Swedish title when a document is created without one, editable until the document
 * is first published, then fixed (a changed key would break every link to it).
 */

const keyFormat = text(
  'Använd små bokstäver, siffror och enkla bindestreck, t.ex. "stod-till-anhoriga".',
  'Use lower-case letters, digits and single hyphens only, e.g. "stod-till-anhoriga".',
);

type KeyQuery = { id?: number | string; collectionSlug: string; req: PayloadRequest };

/** A title as a key: å, ä → a, ö → o (as Swedish web addresses write them), "&" → "och", at most 80 characters. */
export const keyOfTitle = (title: string) =>
  slugify(title.replace(/&/g, ' och '), { lower: true, strict: true }).slice(0, 80).replace(/-+$/, '');

// key: the document of the collection that holds a key (drafts included), other than this one (one Query)
async function keyHolderOf(
  { req, id, collectionSlug }: KeyQuery,
  key: string,
): Promise<{ id: number | string; title: string } | undefined> {
  // Within the save's transaction (an import's earlier writes are not committed yet).
  const { docs } = await keepingRequestLocale(req, () =>
    req.payload.find({
      collection: collectionSlug as CollectionSlug,
      where: { and: [{ key: { equals: key } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])] },
      draft: true,
      limit: 1,
      depth: 0,
      locale: 'sv',
      overrideAccess: true,
      req,
    }),
  );
  const holder = docs[0] as { id: number | string; title?: string; name?: string } | undefined;
  return holder && { id: holder.id, title: holder.title ?? holder.name ?? '' };
}

// key: whether a document has ever been published (its live copy, or any published version: one count)
async function everPublished(
  req: PayloadRequest,
  collectionSlug: string,
  original: { id: number | string; _status?: string },
): Promise<boolean> {
  if (original._status === 'published') return true;
  const { totalDocs } = await req.payload.countVersions({
    collection: collectionSlug as CollectionSlug,
    where: { and: [{ parent: { equals: original.id } }, { 'version._status': { equals: 'published' } }] },
    overrideAccess: true,
    req,
  });
  return totalDocs > 0;
}

const refuse = (req: PayloadRequest, collectionSlug: string, message: string) =>
  new ValidationError({ collection: collectionSlug, errors: [{ path: 'key', message }], req }, req.t);

export const keyField: Field = {
  name: 'key',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: text(
      'Föreslås från den svenska rubriken om du lämnar den tom. Små bokstäver, siffror och bindestreck, t.ex. "stod-till-anhoriga". Används i webbadresser och kan inte ändras efter första publiceringen.',
      'Proposed from the Swedish title when left empty. Lower-case letters, digits and hyphens, e.g. "stod-till-anhoriga". Used in web addresses; fixed once first published.',
    ),
  },
  validate: matches(documentKey, keyFormat),
  hooks: {
    beforeValidate: [
      // A new document without a key gets one from its Swedish title (a free one: -2, -3 … where taken).
      async ({ value, data, originalDoc, req, collection }) => {
        if (value || originalDoc?.key || !collection || (req.locale ?? 'sv') !== 'sv') return value;
        const title = data?.title ?? data?.name;
        if (typeof title !== 'string' || !keyOfTitle(title)) return value;
        const base = keyOfTitle(title);
        for (let suffix = 1; suffix < 10; suffix++) {
          const candidate = suffix === 1 ? base : `${base}-${suffix}`;
          if (!(await keyHolderOf({ req, id: originalDoc?.id, collectionSlug: collection.slug }, candidate)))
            return candidate;
        }
        return value;
      },
    ],
    // On every save, drafts too (Payload validates only publishes): the database's own "must be unique" names no document.
    beforeChange: [
      async ({ value, req, originalDoc, collection }) => {
        if (typeof value !== 'string' || !value || !collection) return value;
        if (originalDoc?.key && originalDoc.key !== value && (await everPublished(req, collection.slug, originalDoc))) {
          const fixed = text(
            `Nyckeln kan inte ändras efter publicering: länkar till "${originalDoc.key}" skulle sluta fungera.`,
            `The key cannot change once published: links to "${originalDoc.key}" would break.`,
          );
          throw refuse(req, collection.slug, inLanguage(fixed, req.i18n?.language));
        }
        const holder = await keyHolderOf({ req, id: originalDoc?.id, collectionSlug: collection.slug }, value);
        if (holder) {
          const clash = text(
            `Nyckeln används redan av "${holder.title}" (id ${holder.id}); välj en annan.`,
            `The key is already used by "${holder.title}" (id ${holder.id}); choose another.`,
          );
          throw refuse(req, collection.slug, inLanguage(clash, req.i18n?.language));
        }
        return value;
      },
    ],
  },
};
