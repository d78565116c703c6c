import type { CollectionConfig } from 'payload';
import { audiences, preventionLevels } from '../../functions/domain/vocabulary.js';
import { weekdays } from '../../functions/domain/opening-hours.js';
import {
  districtsField,
  documentHeadFields,
  emailField,
  enumOptions,
  languagesField,
  ownerField,
  phoneField,
  providerField,
  verifiedAtField,
  visibilityField,
  webUrlField,
} from '../fields/common.js';
import { hhmm } from '../../functions/content-types/fields.js';
import { matches } from '../fields/validate.js';
import { editorialDefaults } from './editorial.js';
import { groups, text } from '../i18n/labels.js';

const time = (name: string) => ({
  name,
  type: 'text' as const,
  required: true,
  admin: { width: '25%', placeholder: 'HH:MM' },
  validate: matches(hhmm, text('Ange TT:MM, t.ex. 09:00.', 'Use HH:MM, e.g. 09:00.')),
});

export const SupportResources: CollectionConfig = {
  slug: 'support-resources',
  labels: { singular: text('Stödinsats', 'Support resource'), plural: text('Stödinsatser', 'Support resources') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'priority', 'visibility', '_status'], group: groups.support },
  ...editorialDefaults,
  fields: [
    ...documentHeadFields,
    visibilityField,
    {
      name: 'priority',
      type: 'number',
      defaultValue: 0,
      min: 0,
      max: 999999,
      admin: { position: 'sidebar', description: text('Högre visas först i listor.', 'Higher comes first in lists.') },
    },
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 1000 },
    { name: 'body', type: 'richText', localized: true },
    {
      name: 'audiences',
      type: 'select',
      hasMany: true,
      options: enumOptions(audiences),
      // A set, not an order: no drag handle (a sortable chip is a button around its remove button, WCAG 4.1.2).
      admin: { isSortable: false },
    },
    { name: 'preventionLevel', type: 'select', options: enumOptions(preventionLevels) },
    languagesField,
    phoneField(),
    emailField(),
    webUrlField('url'),
    {
      name: 'openingHours',
      type: 'array',
      labels: { singular: text('Öppettid', 'Opening hours row'), plural: text('Öppettider', 'Opening hours') },
      admin: {
        description: text(
          'Veckans tider i svensk tid. En stängningstid före öppningstiden betyder öppet över midnatt.',
          'Weekly hours in Swedish time. A closing time before the opening time runs past midnight.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'weekday',
              type: 'select',
              required: true,
              options: enumOptions(weekdays),
              admin: { width: '50%' },
            },
            time('opens'),
            time('closes'),
          ],
        },
      ],
    },
    { name: 'openingHoursNote', type: 'text', localized: true, maxLength: 500 },
    districtsField,
    providerField,
    verifiedAtField,
    ownerField,
  ],
};
