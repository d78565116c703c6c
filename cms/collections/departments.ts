import type { CollectionConfig } from 'payload';
import { trainingAudiences } from '../../functions/domain/vocabulary.js';
import { documentHeadFields, enumOptions } from '../fields/common.js';
import { editorialDefaults } from './editorial.js';
import { groups, text } from '../i18n/labels.js';

export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: { singular: text('Förvaltning', 'Department'), plural: text('Förvaltningar', 'Departments') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'key', '_status'], group: groups.competence },
  ...editorialDefaults,
  fields: [
    ...documentHeadFields,
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 150 },
    {
      name: 'trainingTargets',
      type: 'array',
      labels: { singular: text('Mål', 'Target'), plural: text('Utbildningsmål', 'Training targets') },
      admin: {
        description: text(
          'Kompetensplanen: hur många personer per målgrupp förvaltningen ska ha utbildat.',
          'The competence plan: how many people of each audience the department should have trained.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'audience',
              type: 'select',
              required: true,
              options: enumOptions(trainingAudiences),
              admin: { width: '50%' },
            },
            { name: 'count', type: 'number', required: true, min: 0, max: 100_000, admin: { width: '50%', step: 1 } },
          ],
        },
      ],
    },
  ],
};
