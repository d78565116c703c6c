import type { CollectionConfig } from 'payload';
import { keyField, syncStatusField } from '../fields/common.js';
import { editorialDefaults } from './editorial.js';

export const Districts: CollectionConfig = {
  slug: 'districts',
  labels: { singular: 'District', plural: 'Districts' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'key', '_status'], group: 'Reference' },
  ...editorialDefaults,
  fields: [keyField, syncStatusField, { name: 'name', type: 'text', required: true, localized: true, maxLength: 100 }],
};
