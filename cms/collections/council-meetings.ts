import type { CollectionConfig } from 'payload';
import { meetingStatuses } from '../../functions/domain/vocabulary.js';
import { enumOptions, keyField, syncStatusField, timeWindowFields, visibilityOptions } from '../fields/common.js';
import { editorialDefaults } from './editorial.js';

export const CouncilMeetings: CollectionConfig = {
  slug: 'council-meetings',
  labels: { singular: 'Council meeting', plural: 'Council meetings' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'startsAt', 'meetingStatus', '_status'], group: 'Interreligious council' },
  ...editorialDefaults,
  fields: [
    keyField,
    syncStatusField,
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    timeWindowFields,
    { name: 'meetingStatus', type: 'select', required: true, defaultValue: 'PLANNED', options: enumOptions(meetingStatuses) },
    {
      name: 'location',
      type: 'group',
      fields: [
        { name: 'name', type: 'text', maxLength: 200 },
        { name: 'address', type: 'text', maxLength: 300 },
      ],
    },
    { name: 'agenda', type: 'richText', localized: true },
    { name: 'minutes', type: 'richText', localized: true },
    { name: 'minutesDocument', type: 'upload', relationTo: 'media', admin: { description: 'The signed minutes as a PDF.' } },
    {
      name: 'minutesVisibility',
      type: 'select',
      required: true,
      defaultValue: 'INTERNAL',
      options: visibilityOptions,
      admin: { description: 'Who may read the minutes. The meeting itself is always public.' },
    },
    { name: 'participants', type: 'relationship', relationTo: 'organisations', hasMany: true },
  ],
};
