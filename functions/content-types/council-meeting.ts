import { z } from 'zod';
import {
  createCouncilMeetingEntity,
  type CouncilMeetingItem,
  type councilMeetingSchema,
} from '../data/entities/council-meeting.js';
import type { Localized } from './localize.js';
import { meetingStatuses } from '../domain/vocabulary.js';
import { defineContentType } from './define.js';
import { during } from './examples.js';
import { endingAfterStart, eventItem } from './event-times.js';
import { documentKey, isoInstant, localizedHtml, localizedText, revisionFields, visibility } from './fields.js';
import { withScopes } from './items.js';

const councilMeetingDocument = endingAfterStart(
  z.object({
    type: z.literal('councilMeeting'),
    ...revisionFields,
    title: localizedText(200),
    startsAt: isoInstant,
    endsAt: isoInstant.optional(),
    meetingStatus: z.enum(meetingStatuses).default('PLANNED'),
    location: z
      .object({ name: z.string().trim().min(1).max(200), address: z.string().trim().max(300).optional() })
      .optional(),
    agenda: localizedHtml,
    minutes: localizedHtml.nullable(),
    minutesVisibility: visibility.default('INTERNAL'),
    /** The signed minutes as a file in the media storage; it follows minutesVisibility like the minutes. */
    minutesDocument: z
      .object({
        objectKey: z
          .string()
          .min(1)
          .max(1024)
          // eslint-disable-next-line no-control-regex -- refusing control characters is the point
          .regex(/^[^\u0000-\u001f]+$/, 'must not contain control characters')
          .refine((key) => !key.split('/').includes('..'), 'must not climb out of the storage'),
        filename: z.string().trim().min(1).max(255),
        mimeType: z.string().min(3).max(100),
        filesize: z.number().int().nonnegative(),
      })
      .optional(),
    participants: z.array(documentKey).default([]),
  }),
);

export const councilMeeting = defineContentType({
  type: 'councilMeeting',
  cmsSlug: 'council-meetings',
  fixtureSection: 'councilMeetings',
  scoped: true,
  entity: createCouncilMeetingEntity,
  document: councilMeetingDocument,
  items: (doc, tenant) => {
    const item = { ...eventItem(doc, tenant), minutes: doc.minutes ?? undefined };
    // Meetings are public; their minutes reach the public copy only when the minutes themselves are.
    const minutesArePublic = doc.minutesVisibility === 'PUBLIC';
    return withScopes('PUBLIC', item, {
      ...item,
      minutes: minutesArePublic ? item.minutes : undefined,
      minutesDocument: minutesArePublic ? item.minutesDocument : undefined,
    });
  },
  // EXAMPLE DATA: invented (see examples.ts)
  examples: (now) => [
    {
      key: 'interreligiosa-radet-host',
      status: 'published',
      title: { sv: 'Interreligiösa rådet, höstmöte (exempel)', en: 'Interreligious council, autumn meeting (example)' },
      ...during(now, -40, '17:00', '19:00'),
      meetingStatus: 'HELD',
      location: { name: 'Kommunhuset (exempel)', address: 'Exempelgatan 1, Tumba' },
      agenda: { sv: '<ol><li>Trygghet i Fittja</li><li>Gemensam manifestation</li></ol>' },
      minutes: {
        sv: '<p>Rådet beslutade att hålla en gemensam manifestation.</p>',
        en: '<p>The council decided to hold a joint manifestation.</p>',
      },
      minutesVisibility: 'PUBLIC',
      participants: ['fittja-moske', 'tumba-forsamling', 'syrisk-ortodoxa-hallunda'],
    },
    {
      key: 'interreligiosa-radet-extra',
      status: 'published',
      title: { sv: 'Interreligiösa rådet, extra möte (exempel)' },
      ...during(now, -12, '18:00', '19:30'),
      meetingStatus: 'HELD',
      location: { name: 'Fittja moské (exempel)' },
      agenda: { sv: '<p>Läget efter händelsen i centrum.</p>' },
      minutes: { sv: '<p>Intern lägesbild delades med polisen.</p>' },
      minutesVisibility: 'INTERNAL',
      participants: ['fittja-moske', 'tumba-forsamling', 'polisen-inex-kontakt'],
    },
    {
      key: 'interreligiosa-radet-vinter',
      status: 'published',
      title: {
        sv: 'Interreligiösa rådet, vintermöte (exempel)',
        en: 'Interreligious council, winter meeting (example)',
      },
      ...during(now, 14, '17:00', '19:00'),
      meetingStatus: 'PLANNED',
      location: { name: 'Tumba församlingshem (exempel)', address: 'Exempelvägen 2, Tumba' },
      agenda: {
        sv: '<ol><li>Dialog</li><li>Planering av vårens träffar</li></ol>',
        en: '<ol><li>Dialogue</li><li>Planning the spring meetings</li></ol>',
      },
      minutes: null,
      minutesVisibility: 'PUBLIC',
      participants: ['fittja-moske', 'tumba-forsamling', 'syrisk-ortodoxa-hallunda'],
    },
  ],
});

/** What the API's CouncilMeeting resolvers receive (see schema/council-meeting.graphql): the stored item, localised. */
export type CouncilMeetingMapper = Localized<CouncilMeetingItem, typeof councilMeetingSchema>;
