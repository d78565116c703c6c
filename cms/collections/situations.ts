import type { CollectionConfig } from 'payload';
import { audiences } from '../../functions/domain/vocabulary.js';
import { documentHeadFields, enumOptions, visibilityField } from '../fields/common.js';
import { editorialDefaults } from './editorial.js';
import { groups, text } from '../i18n/labels.js';

/** The "Where can I turn?" guide: a situation, what to do now, and the support resources for it in the editors' order. */
export const Situations: CollectionConfig = {
  slug: 'situations',
  labels: { singular: text('Situation', 'Situation'), plural: text('Situationer', 'Situations') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'order', 'visibility', '_status'], group: groups.support },
  ...editorialDefaults,
  fields: [
    ...documentHeadFields,
    visibilityField,
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      min: 0,
      max: 999999,
      admin: {
        position: 'sidebar',
        description: text('Lägre visas först i guiden.', 'Lower comes first in the guide.'),
      },
    },
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 1000 },
    {
      name: 'urgentAdvice',
      type: 'richText',
      localized: true,
      admin: {
        description: text(
          'När man ska ringa 112 eller polisen (114 14). Visas först.',
          'When to call 112 or the police (114 14). Shown first.',
        ),
      },
    },
    { name: 'body', type: 'richText', localized: true },
    // A set, not an order: no drag handle (a sortable chip is a button around its remove button, WCAG 4.1.2).
    { name: 'audiences', type: 'select', hasMany: true, options: enumOptions(audiences), admin: { isSortable: false } },
    {
      name: 'resources',
      type: 'relationship',
      relationTo: 'support-resources',
      hasMany: true,
      maxRows: 50,
      admin: {
        isSortable: true,
        description: text(
          'I den ordning invånarna ska se dem; dra för att ändra ordning.',
          'In the order residents should see them; drag to reorder.',
        ),
      },
    },
  ],
};
