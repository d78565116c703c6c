import type { Field } from 'payload';
import { email, languageCode, phone, webUrl } from '../../functions/content-types/fields.js';
import { matches } from './validate.js';
import { inLanguage, optionLabels, text } from '../i18n/labels.js';

/** Fields shared by the editorial collections. */

import { keyField } from './key.js';

export { keyField };

/** A select's options for one of the content's value lists, labelled in Swedish and English (cms/i18n/labels.ts). */
export const enumOptions = (values: readonly string[]) =>
  values.map((value) => ({ label: optionLabels[value] ?? text(value, value), value }));

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
      validate: (
        value: unknown,
        { siblingData, req }: { siblingData: { startsAt?: string }; req?: { i18n?: { language?: string } } },
      ) =>
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
  validate: matches(
    webUrl,
    text(
      'Ange en fullständig webbadress som börjar med https:// (eller http://).',
      'Enter a full web address starting with https:// (or http://).',
    ),
  ),
});

export const emailField = (name = 'email'): Field => ({
  name,
  type: 'text',
  validate: matches(
    email,
    text('Ange en e-postadress, t.ex. namn@example.org.', 'Enter an e-mail address such as namn@example.org.'),
  ),
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
  admin: {
    description: text(
      'Språkkoder enligt ISO 639-1, t.ex. sv, en, ar, so, fi.',
      'ISO 639-1 codes, e.g. sv, en, ar, so, fi.',
    ),
  },
  validate: matches(
    languageCode,
    text(
      'Varje språk anges med en tvåbokstavskod enligt ISO 639-1, t.ex. "sv" eller "ar".',
      'Each language must be a two-letter ISO 639-1 code such as "sv" or "ar".',
    ),
  ),
};

// A set, not an order: no drag handle (a sortable chip is a button around its remove button, WCAG 4.1.2).
export const districtsField: Field = {
  name: 'districts',
  type: 'relationship',
  relationTo: 'districts',
  hasMany: true,
  admin: { isSortable: false },
};

/**
 * When a document's details were last confirmed: older than the configured age (12 months) is stale.
 * An editor's publish of a document that was never verified verifies it: the editor vouches for its details
 * then, so a new resource is not listed as "never verified" the moment it goes live.
 */
/** Set in a save's context by the dashboard's "Jag ansvarar": the save names an owner and vouches for nothing. */
export const TAKES_RESPONSIBILITY = 'varnaTakesResponsibility';

export const verifiedAtField: Field = {
  name: 'verifiedAt',
  type: 'date',
  hooks: {
    beforeChange: [
      // Only a person's publish vouches: an import or the example content (no user) is not a verification,
      // and neither is the dashboard's "Jag ansvarar", which saves the owner alone (cms/attention/stale-actions.ts).
      ({ value, siblingData, req, context }) =>
        value || siblingData?._status !== 'published' || !req.user || context?.[TAKES_RESPONSIBILITY] === true
          ? value
          : new Date().toISOString(),
    ],
  },
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
    description: text('När uppgifterna senast bekräftades stämma.', 'When the details were last confirmed to hold.'),
  },
};

/**
 * The editor who answers for a document's details: reminded when they go stale (cms/attention/). Whoever
 * creates a document answers for it until someone else is named, so that no new document is "no owner".
 */
export const ownerField: Field = {
  name: 'owner',
  type: 'relationship',
  relationTo: 'users',
  hasMany: false,
  defaultValue: ({ user }) => user?.id,
  admin: {
    position: 'sidebar',
    description: text(
      'Får en påminnelse i veckan när uppgifterna inte kontrollerats på länge.',
      'Gets a weekly reminder when the details have not been verified for long.',
    ),
  },
};

export const providerField: Field = {
  name: 'provider',
  type: 'relationship',
  relationTo: 'organisations',
  hasMany: false,
};

/** The edit view's first line: the language being written, and the Swedish original while translating (cms/i18n/LocaleBanner.tsx). */
export const localeBannerField: Field = {
  name: 'contentLocale',
  type: 'ui',
  admin: { components: { Field: '/i18n/LocaleBanner.js#LocaleBanner' } },
};

/** The document's way to the website, in the edit view's sidebar (cms/publishing/SyncStatusField.tsx). */
export const syncStatusField: Field = {
  name: 'syncStatus',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/publishing/SyncStatusField.js#SyncStatusField' } },
};

/** What every editorial document starts with: the language being written, its key, and its way to the website. */
export const documentHeadFields: Field[] = [localeBannerField, keyField, syncStatusField];
