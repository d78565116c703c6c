import { z } from 'zod';
import { createTrainingEntity, type TrainingItem, type trainingSchema } from '../data/entities/training.js';
import type { Localized } from './localize.js';
import { trainingAudiences } from '../domain/vocabulary.js';
import { defineContentType } from './define.js';
import { during } from './examples.js';
import { endingAfterStart, eventItem } from './event-times.js';
import { documentKey, isoInstant, localizedHtml, localizedText, revisionFields, visibility, webUrl } from './fields.js';
import { withScopes } from './items.js';
import { slugPattern } from '../tenancy/request-tenant.js';

const municipalitySlug = z.string().regex(slugPattern, "must be a municipality's slug");

const trainingDocument = endingAfterStart(
  z.object({
    type: z.literal('training'),
    ...revisionFields,
    visibility,
    title: localizedText(200),
    description: localizedHtml,
    startsAt: isoInstant,
    endsAt: isoInstant.optional(),
    audience: z.enum(trainingAudiences),
    registrationUrl: webUrl.optional(),
    capacity: z.number().int().min(1).max(10_000).optional(),
    registrationOpen: z.boolean().default(true),
    provider: documentKey.optional(),
    district: documentKey.optional(),
    // A shared training (functions/training/sharing.ts): the partners it is offered to, and on a partner's copy its organiser.
    organiser: municipalitySlug.optional(),
    offeredTo: z.array(municipalitySlug).max(300).optional(),
  }),
);

export const training = defineContentType({
  type: 'training',
  cmsSlug: 'trainings',
  fixtureSection: 'trainings',
  scoped: true,
  entity: createTrainingEntity,
  document: trainingDocument,
  items: (doc, tenant) => withScopes(doc.visibility, eventItem(doc, tenant)),
  // EXAMPLE DATA: invented (see examples.ts)
  examples: (now) => [
    // Two that took place (their registrations and attendance: cms/seed/training-history.ts), for the Reports view.
    {
      key: 'grundutbildning-forsta-linjen-tidigare',
      status: 'published',
      visibility: 'INTERNAL',
      title: { sv: 'Grundutbildning för personal i första linjen, tidigare tillfälle (exempel)' },
      ...during(now, -40, '09:00', '12:00'),
      audience: 'FIRST_LINE_STAFF',
      capacity: 20,
      provider: 'botkyrka-trygghet',
      district: 'tumba',
    },
    {
      key: 'fordjupning-samtal-vid-oro',
      status: 'published',
      visibility: 'INTERNAL',
      title: { sv: 'Fördjupning: samtal vid oro (exempel)' },
      ...during(now, -75, '13:00', '16:00'),
      audience: 'SPECIALISTS',
      capacity: 12,
      provider: 'socialtjanstens-stodfunktion',
      district: 'alby',
    },
    {
      key: 'grundutbildning-forsta-linjen',
      status: 'published',
      visibility: 'INTERNAL',
      title: {
        sv: 'Grundutbildning för personal i första linjen (exempel)',
        en: 'Basic training for first-line staff (example)',
      },
      description: { sv: '<p>Tecken på radikalisering och hur du agerar.</p>' },
      ...during(now, 21, '09:00', '12:00'),
      audience: 'FIRST_LINE_STAFF',
      capacity: 25,
      registrationOpen: true,
      provider: 'botkyrka-trygghet',
    },
    {
      key: 'chefsutbildning-vald-extremism',
      status: 'published',
      visibility: 'INTERNAL',
      title: { sv: 'Chefers ansvar vid oro för våldsbejakande extremism (exempel)' },
      ...during(now, 35, '13:00', '16:00'),
      audience: 'MANAGERS',
      capacity: 12,
      registrationOpen: true,
      provider: 'socialtjanstens-stodfunktion',
    },
    {
      key: 'oppen-forelasning-demokrati',
      status: 'published',
      visibility: 'PUBLIC',
      title: {
        sv: 'Öppen föreläsning: demokrati och dialog (exempel)',
        en: 'Open lecture: democracy and dialogue (example)',
      },
      ...during(now, 28, '18:00', '20:00'),
      audience: 'ALL_STAFF',
      registrationUrl: 'https://example.org/anmalan/forelasning',
      provider: 'medmanniska-botkyrka',
    },
  ],
});

/** What the API's Training resolvers receive (see schema/training.graphql): the stored item, localised. */
export type TrainingMapper = Localized<TrainingItem, typeof trainingSchema>;
