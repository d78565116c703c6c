import type { CollectionConfig, Field } from 'payload';
import { trainingAudiences } from '../../functions/domain/vocabulary.js';
import {
  documentHeadFields,
  enumOptions,
  providerField,
  timeWindowFields,
  visibilityField,
  webUrlField,
} from '../fields/common.js';
import { editorialDefaults } from './editorial.js';
import { groups, text } from '../i18n/labels.js';
import { canManageParticipants } from '../access/can-manage-participants.js';
import { canReadTrainings } from '../access/can-read-trainings.js';
import { canOfferTrainings } from '../access/can-offer-trainings.js';
import { participantEndpoints } from '../trainings/endpoints.js';
import { participantsTabKey } from '../trainings/words.js';

export const Trainings: CollectionConfig = {
  slug: 'trainings',
  labels: { singular: text('Utbildning', 'Training'), plural: text('Utbildningar', 'Trainings') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'audience', '_status'],
    group: groups.competence,
    components: {
      views: {
        edit: {
          // The training's people (cms/trainings/): the roll, the waiting list, attendance and the CSV.
          participants: {
            Component: '/trainings/ParticipantsView.js#ParticipantsView',
            path: '/participants',
            tab: {
              href: '/participants',
              order: 200,
              label: ({ t }) => t(participantsTabKey),
              condition: ({ req }) => canManageParticipants(req.user),
            },
          },
        },
      },
    },
  },
  ...editorialDefaults,
  // Coordinators read trainings (to reach their people) and write none of them.
  access: { ...editorialDefaults.access, read: canReadTrainings },
  endpoints: [...editorialDefaults.endpoints, ...participantEndpoints],
  fields: [
    ...documentHeadFields,
    { ...visibilityField, defaultValue: 'INTERNAL' } as Field,
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'description', type: 'richText', localized: true },
    timeWindowFields,
    { name: 'audience', type: 'select', required: true, options: enumOptions(trainingAudiences) },
    webUrlField('registrationUrl'),
    {
      type: 'row',
      fields: [
        {
          name: 'capacity',
          type: 'number',
          min: 1,
          max: 10_000,
          admin: {
            width: '50%',
            step: 1,
            description: text(
              'Platser vid anmälan i Värna; tomt betyder obegränsat.',
              'Seats when staff register in Värna; empty means no limit.',
            ),
          },
        },
        {
          name: 'registrationOpen',
          type: 'checkbox',
          defaultValue: true,
          admin: {
            width: '50%',
            description: text('Stängs alltid när utbildningen börjar.', 'Always closes when the training starts.'),
          },
        },
      ],
    },
    providerField,
    {
      // A shared training (functions/training/sharing.ts): partners' staff register with their own sign-in, the seats
      // are one count, each partner's coordinator sees and reports their own people, the organiser the whole roll.
      name: 'offeredTo',
      type: 'relationship',
      relationTo: 'municipalities',
      hasMany: true,
      access: { create: canOfferTrainings, update: canOfferTrainings },
      admin: {
        description: text(
          'Samarbetskommuner som erbjuds utbildningen: deras personal anmäler sig här och platserna delas.',
          'Partner municipalities offered the training: their staff register here and share the seats.',
        ),
      },
    },
    {
      // The place, not the participants' departments (which serve the whole municipality): what BRÅ's report
      // per district counts.
      name: 'district',
      type: 'relationship',
      relationTo: 'districts',
      admin: {
        description: text(
          'Kommundelen där utbildningen hålls; rapporten till BRÅ räknar utbildningar per kommundel.',
          'The district where the training is held; the report to BRÅ counts trainings per district.',
        ),
      },
    },
  ],
};
