import { z } from 'zod';
import { weekdays } from '../../domain/opening-hours.js';
import { audiences, meetingStatuses, organisationKinds, preventionLevels, trainingAudiences } from '../../domain/vocabulary.js';
import { email, hhmm, isoInstant, languageCode, localizedHtml, localizedText, optionalLocalizedText, phone, revisionFields, visibility, webUrl, documentKey } from './fields.js';

/** The editorial documents the CMS publishes into the read model, by type. */

export const districtDocument = z.object({
  type: z.literal('district'),
  ...revisionFields,
  name: localizedText(100),
});

export const organisationDocument = z.object({
  type: z.literal('organisation'),
  ...revisionFields,
  visibility,
  name: z.string().trim().min(1).max(200),
  kind: z.enum(organisationKinds),
  description: optionalLocalizedText(4000),
  website: webUrl.optional(),
  email: email.optional(),
  phone: phone.optional(),
  districts: z.array(documentKey).default([]),
  interreligiousCouncilMember: z.boolean().default(false),
  contactPersons: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(200),
        role: z.string().trim().max(200).optional(),
        email: email.optional(),
        phone: phone.optional(),
        publicConsent: z.boolean().default(false),
      }),
    )
    .default([]),
});

export const supportResourceDocument = z.object({
  type: z.literal('supportResource'),
  ...revisionFields,
  visibility,
  priority: z.number().int().min(0).max(999_999).default(0),
  title: localizedText(200),
  summary: optionalLocalizedText(1000),
  body: localizedHtml,
  audiences: z.array(z.enum(audiences)).default([]),
  preventionLevel: z.enum(preventionLevels).optional(),
  languages: z.array(languageCode).default([]),
  phone: phone.optional(),
  email: email.optional(),
  url: webUrl.optional(),
  openingHours: z
    .array(
      z.object({
        weekday: z.enum(weekdays),
        opens: hhmm,
        closes: hhmm,
      }),
    )
    .default([]),
  openingHoursNote: optionalLocalizedText(500),
  districts: z.array(documentKey).default([]),
  provider: documentKey.optional(),
  verifiedAt: isoInstant.optional(),
});

export const councilMeetingDocument = z
  .object({
    type: z.literal('councilMeeting'),
    ...revisionFields,
    title: localizedText(200),
    startsAt: isoInstant,
    endsAt: isoInstant.optional(),
    meetingStatus: z.enum(meetingStatuses).default('PLANNED'),
    location: z.object({ name: z.string().trim().min(1).max(200), address: z.string().trim().max(300).optional() }).optional(),
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
  })
  .refine((meeting) => !meeting.endsAt || Date.parse(meeting.endsAt) > Date.parse(meeting.startsAt), {
    path: ['endsAt'],
    message: 'must be after startsAt',
  });

export const trainingDocument = z
  .object({
    type: z.literal('training'),
    ...revisionFields,
    visibility,
    title: localizedText(200),
    description: localizedHtml,
    startsAt: isoInstant,
    endsAt: isoInstant.optional(),
    audience: z.enum(trainingAudiences),
    registrationUrl: webUrl.optional(),
    provider: documentKey.optional(),
  })
  .refine((training) => !training.endsAt || Date.parse(training.endsAt) > Date.parse(training.startsAt), {
    path: ['endsAt'],
    message: 'must be after startsAt',
  });

export const pageDocument = z.object({
  type: z.literal('page'),
  ...revisionFields,
  visibility,
  title: localizedText(200),
  body: localizedHtml,
});

export const editorialDocument = z.discriminatedUnion('type', [
  districtDocument,
  organisationDocument,
  supportResourceDocument,
  councilMeetingDocument,
  trainingDocument,
  pageDocument,
]);

export type EditorialDocumentInput = z.input<typeof editorialDocument>;
export type EditorialDocument = z.output<typeof editorialDocument>;
export type DocumentType = EditorialDocument['type'];
