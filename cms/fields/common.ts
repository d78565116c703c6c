import { ValidationError, type CollectionSlug, type Field, type PayloadRequest } from 'payload';
import { documentKey, email, languageCode, phone, webUrl } from '../../functions/content-types/fields.js';
import { matches } from './validate.js';
import { inLanguage, optionLabels, text } from '../i18n/labels.js';

/** Fields shared by the editorial collections. */

const keyFormat = text(
  'Använd små bokstäver, siffror och enkla bindestreck, t.ex. "stod-till-anhoriga".',
  'Use lower-case letters, digits and single hyphens only, e.g. "stod-till-anhoriga".',
);

type KeyHolderQuery = { id?: number | string; collectionSlug: string; req: PayloadRequest };

/**
 * A key another document of the collection already holds, named with that document's (Swedish) title and
 * id, so that the editor can find it; undefined when the key is free.
 */
async function keyHolder({ req, id, collectionSlug }: KeyHolderQuery, key: string): Promise<string | undefined> {
  // Within the save's transaction; a find with a locale switches the request's, so it is put back after.
  const { locale, fallbackLocale } = req;
  let docs: unknown[];
  try {
    ({ docs } = await req.payload.find({
      collection: collectionSlug as CollectionSlug,
      where: { and: [{ key: { equals: key } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])] },
      draft: true,
      limit: 1,
      depth: 0,
      locale: 'sv',
      overrideAccess: true,
      req,
    }));
  } finally {
    req.locale = locale;
    req.fallbackLocale = fallbackLocale;
  }
  const holder = docs[0] as { id: number | string; title?: string; name?: string } | undefined;
  if (!holder) return undefined;
  const title = holder.title ?? holder.name ?? '';
  return inLanguage(
    text(`Nyckeln används redan av "${title}" (id ${holder.id}); välj en annan.`, `The key is already used by "${title}" (id ${holder.id}); choose another.`),
    req.i18n?.language,
  );
}

/** The stable identity of a document: its slug on the website and its id in the API. */
export const keyField: Field = {
  name: 'key',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: text(
      'Små bokstäver, siffror och bindestreck, t.ex. "stod-till-anhoriga". Används i webbadresser; ändra inte efter publicering.',
      'Lower-case letters, digits and hyphens, e.g. "stod-till-anhoriga". Used in web addresses; do not change once published.',
    ),
  },
  validate: matches(documentKey, keyFormat),
  hooks: {
    // On every save, drafts too (Payload validates only publishes): the database's own "must be unique" names no document.
    beforeChange: [
      async ({ value, req, originalDoc, collection }) => {
        if (typeof value !== 'string' || !value || !collection) return value;
        const clash = await keyHolder({ req, id: originalDoc?.id, collectionSlug: collection.slug }, value);
        if (clash) throw new ValidationError({ collection: collection.slug, errors: [{ path: 'key', message: clash }], req }, req.t);
        return value;
      },
    ],
  },
};

/** A select's options for one of the content's value lists, labelled in Swedish and English (cms/i18n/labels.ts). */
export const enumOptions = (values: readonly string[]) => values.map((value) => ({ label: optionLabels[value] ?? text(value, value), value }));

export const visibilityOptions = enumOptions(['PUBLIC', 'INTERNAL']);

export const visibilityField: Field = {
  name: 'visibility',
  type: 'select',
  required: true,
  defaultValue: 'PUBLIC',
  options: visibilityOptions,
  admin: { position: 'sidebar' },
};

/** Start and end, side by side; the end, when given, after the start (as the read model requires). */
export const timeWindowFields: Field = {
  type: 'row',
  fields: [
    { name: 'startsAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'endsAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      validate: (value: unknown, { siblingData, req }: { siblingData: { startsAt?: string }; req?: { i18n?: { language?: string } } }) =>
        !value ||
        !siblingData.startsAt ||
        Date.parse(String(value)) > Date.parse(siblingData.startsAt) ||
        inLanguage(text('Slutet måste vara efter början.', 'The end must be after the start.'), req?.i18n?.language),
    },
  ],
};

export const webUrlField = (name: string): Field => ({
  name,
  type: 'text',
  validate: matches(webUrl, text('Ange en fullständig webbadress som börjar med https:// (eller http://).', 'Enter a full web address starting with https:// (or http://).')),
});

export const emailField = (name = 'email'): Field => ({
  name,
  type: 'text',
  validate: matches(email, text('Ange en e-postadress, t.ex. namn@example.org.', 'Enter an e-mail address such as namn@example.org.')),
});

export const phoneField = (name = 'phone'): Field => ({
  name,
  type: 'text',
  validate: matches(
    phone,
    text(
      'Ange ett telefonnummer med siffror, mellanslag och ett valfritt inledande +, t.ex. +46 8 530 610 00.',
      'Enter a phone number with digits, spaces and an optional leading +, e.g. +46 8 530 610 00.',
    ),
  ),
});

export const languagesField: Field = {
  name: 'languages',
  type: 'text',
  hasMany: true,
  admin: { description: text('Språkkoder enligt ISO 639-1, t.ex. sv, en, ar, so, fi.', 'ISO 639-1 codes, e.g. sv, en, ar, so, fi.') },
  validate: matches(
    languageCode,
    text('Varje språk anges med en tvåbokstavskod enligt ISO 639-1, t.ex. "sv" eller "ar".', 'Each language must be a two-letter ISO 639-1 code such as "sv" or "ar".'),
  ),
};

export const districtsField: Field = { name: 'districts', type: 'relationship', relationTo: 'districts', hasMany: true };

/** When a document's details were last confirmed: older than the configured age (12 months) is stale. */
export const verifiedAtField: Field = {
  name: 'verifiedAt',
  type: 'date',
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
    description: text('När uppgifterna senast bekräftades stämma.', 'When the details were last confirmed to hold.'),
  },
};

/** The editor who answers for a document's details: reminded when they go stale (cms/attention/). */
export const ownerField: Field = {
  name: 'owner',
  type: 'relationship',
  relationTo: 'users',
  hasMany: false,
  admin: {
    position: 'sidebar',
    description: text('Får en påminnelse i veckan när uppgifterna inte kontrollerats på länge.', 'Gets a weekly reminder when the details have not been verified for long.'),
  },
};

export const providerField: Field = { name: 'provider', type: 'relationship', relationTo: 'organisations', hasMany: false };

/** The document's way to the website, in the edit view's sidebar (cms/publishing/SyncStatusField.tsx). */
export const syncStatusField: Field = {
  name: 'syncStatus',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/publishing/SyncStatusField.js#SyncStatusField' } },
};
