import type { CollectionConfig, Field } from 'payload';
import { keyField, providerField, timeWindowFields, visibilityField, webUrlField } from '../fields/common.js';
import { editorialDefaults } from './editorial.js';

export const Trainings: CollectionConfig = {
  slug: 'trainings',
  labels: { singular: 'Training', plural: 'Trainings' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'startsAt', 'audience', '_status'], group: 'Competence' },
  ...editorialDefaults,
  fields: [
    keyField,
    { ...visibilityField, defaultValue: 'INTERNAL' } as Field,
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'description', type: 'richText', localized: true },
    timeWindowFields,
    { name: 'audience', type: 'select', required: true, options: ['FIRST_LINE_STAFF', 'SPECIALISTS', 'MANAGERS', 'ALL_STAFF'].map((value) => ({ label: value.replace(/_/g, ' ').toLowerCase(), value })) },
    webUrlField('registrationUrl', 'Registration address'),
    providerField,
  ],
};
