import type { CollectionConfig } from 'payload';
import { organisationKinds } from '../../functions/domain/vocabulary.js';
import {
  districtsField,
  documentHeadFields,
  emailField,
  enumOptions,
  ownerField,
  phoneField,
  verifiedAtField,
  visibilityField,
  webUrlField,
} from '../fields/common.js';
import { editorialDefaults } from './editorial.js';
import { groups, text } from '../i18n/labels.js';

export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: { singular: text('Organisation', 'Organisation'), plural: text('Organisationer', 'Organisations') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'visibility', '_status'], group: groups.civilSociety },
  ...editorialDefaults,
  fields: [
    ...documentHeadFields,
    visibilityField,
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: enumOptions(organisationKinds),
    },
    { name: 'description', type: 'textarea', localized: true, maxLength: 4000 },
    webUrlField('website'),
    emailField(),
    phoneField(),
    districtsField,
    { name: 'interreligiousCouncilMember', type: 'checkbox', defaultValue: false },
    {
      name: 'contactPersons',
      type: 'array',
      labels: { singular: text('Kontaktperson', 'Contact person'), plural: text('Kontaktpersoner', 'Contact persons') },
      admin: {
        description: text(
          'Bara personer som samtyckt visas på den publika webbplatsen; personalen ser alla. En borttagen person försvinner ur API:t.',
          'Only persons who consented are shown on the public website; staff see all. Removing a person removes them from the API.',
        ),
      },
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 200 },
        { name: 'role', type: 'text', maxLength: 200 },
        emailField(),
        phoneField(),
        { name: 'publicConsent', type: 'checkbox', defaultValue: false },
      ],
    },
    verifiedAtField,
    ownerField,
  ],
};
