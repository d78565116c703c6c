import type { CollectionConfig } from 'payload';
import { meetingStatuses } from '../../functions/domain/vocabulary.js';
import { documentHeadFields, enumOptions, timeWindowFields, visibilityOptions } from '../fields/common.js';
import { editorialDefaults } from './editorial.js';
import { groups, text } from '../i18n/labels.js';

export const CouncilMeetings: CollectionConfig = {
  slug: 'council-meetings',
  labels: { singular: text('Rådsmöte', 'Council meeting'), plural: text('Rådsmöten', 'Council meetings') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'meetingStatus', '_status'],
    group: groups.council,
  },
  ...editorialDefaults,
  fields: [
    ...documentHeadFields,
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    timeWindowFields,
    {
      name: 'meetingStatus',
      type: 'select',
      required: true,
      defaultValue: 'PLANNED',
      options: enumOptions(meetingStatuses),
    },
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
    {
      name: 'minutesDocument',
      type: 'upload',
      relationTo: 'media',
      admin: { description: text('Det justerade protokollet som PDF.', 'The signed minutes as a PDF.') },
    },
    {
      name: 'minutesVisibility',
      type: 'select',
      required: true,
      defaultValue: 'INTERNAL',
      options: visibilityOptions,
      admin: {
        description: text(
          'Vem som får läsa protokollet. Själva mötet är alltid offentligt.',
          'Who may read the minutes. The meeting itself is always public.',
        ),
      },
    },
    { name: 'participants', type: 'relationship', relationTo: 'organisations', hasMany: true },
  ],
};
