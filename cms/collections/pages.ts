import type { CollectionConfig } from 'payload';
import { documentHeadFields, visibilityField } from '../fields/common.js';
import { editorialDefaults } from './editorial.js';
import { groups, text } from '../i18n/labels.js';

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: text('Sida', 'Page'), plural: text('Sidor', 'Pages') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'key', 'visibility', '_status'], group: groups.website },
  ...editorialDefaults,
  fields: [
    ...documentHeadFields,
    visibilityField,
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'body', type: 'richText', localized: true },
  ],
};
