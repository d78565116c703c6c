import type { CollectionConfig } from 'payload';
import { organisationKinds } from '../../functions/domain/vocabulary.js';
import { districtsField, emailField, enumOptions, keyField, syncStatusField, phoneField, visibilityField, webUrlField } from '../fields/common.js';
import { editorialDefaults } from './editorial.js';

export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: { singular: 'Organisation', plural: 'Organisations' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'visibility', '_status'], group: 'Civil society' },
  ...editorialDefaults,
  fields: [
    keyField,
    syncStatusField,
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
    { name: 'interreligiousCouncilMember', type: 'checkbox', defaultValue: false, label: 'Member of the interreligious council' },
    {
      name: 'contactPersons',
      type: 'array',
      admin: { description: 'Only persons who consented are shown on the public website; staff see all. Removing a person removes them from the API.' },
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 200 },
        { name: 'role', type: 'text', maxLength: 200 },
        emailField(),
        phoneField(),
        { name: 'publicConsent', type: 'checkbox', defaultValue: false, label: 'Has consented to publication on the website' },
      ],
    },
  ],
};
