import type { CollectionConfig } from 'payload';
import { documentHeadFields } from '../fields/common.js';
import { editorialDefaults } from './editorial.js';
import { groups, text } from '../i18n/labels.js';

export const Districts: CollectionConfig = {
  slug: 'districts',
  labels: { singular: text('Kommundel', 'District'), plural: text('Kommundelar', 'Districts') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'key', '_status'], group: groups.reference },
  ...editorialDefaults,
  fields: [...documentHeadFields, { name: 'name', type: 'text', required: true, localized: true, maxLength: 100 }],
};
