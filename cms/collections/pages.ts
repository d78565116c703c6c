import type { CollectionConfig } from 'payload';
import { keyField, syncStatusField, visibilityField } from '../fields/common.js';
import { editorialDefaults } from './editorial.js';

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Page', plural: 'Pages' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'key', 'visibility', '_status'], group: 'Website' },
  ...editorialDefaults,
  fields: [
    keyField,
    syncStatusField,
    visibilityField,
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'body', type: 'richText', localized: true },
  ],
};
