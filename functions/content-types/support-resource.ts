import { z } from 'zod';
import {
  createSupportResourceEntity,
  type SupportResourceItem,
  type supportResourceSchema,
} from '../data/entities/support-resource.js';
import type { Localized } from './localize.js';
import { weekdays } from '../domain/opening-hours.js';
import { audiences, preventionLevels } from '../domain/vocabulary.js';
import { descendingPriority, joinSortKey, swedishSortText, utcInstant } from '../domain/sort-key.js';
import { defineContentType } from './define.js';
import { at } from './examples.js';
import {
  documentKey,
  email,
  hhmm,
  isoInstant,
  languageCode,
  localizedHtml,
  localizedText,
  optionalLocalizedText,
  phone,
  revisionFields,
  visibility,
  webUrl,
} from './fields.js';
import { contentOf, editorialBase, withScopes } from './items.js';

const supportResourceDocument = z.object({
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

export const supportResource = defineContentType({
  type: 'supportResource',
  cmsSlug: 'support-resources',
  fixtureSection: 'supportResources',
  scoped: true,
  entity: createSupportResourceEntity,
  document: supportResourceDocument,
  items: (doc, tenant) =>
    withScopes(doc.visibility, {
      ...editorialBase(
        doc,
        tenant,
        joinSortKey(descendingPriority(doc.priority), swedishSortText(doc.title.sv ?? ''), doc.key),
      ),
      ...contentOf(doc),
      verifiedAt: doc.verifiedAt ? utcInstant(doc.verifiedAt) : undefined,
    }),
  // EXAMPLE DATA: invented (see examples.ts)
  examples: (now) => [
    {
      key: 'stod-till-oroliga-anhoriga',
      status: 'published',
      visibility: 'PUBLIC',
      priority: 100,
      title: {
        sv: 'Stöd till oroliga anhöriga (exempel)',
        en: 'Support for worried relatives (example)',
        fi: 'Tukea huolestuneille omaisille (esimerkki)',
        ar: 'دعم للأقارب القلقين (مثال)',
        so: 'Taageero qaraabada walwalsan (tusaale)',
      },
      summary: {
        sv: 'Ring om du är orolig för att någon i din närhet dras in i våldsbejakande extremism.',
        en: 'Call if you are worried that someone close to you is being drawn into violent extremism.',
        fi: 'Soita, jos olet huolissasi siitä, että joku läheisesi ajautuu väkivaltaiseen ääriajatteluun.',
        ar: 'اتصل إذا كنت قلقًا من أن شخصًا قريبًا منك ينجرف نحو التطرف العنيف.',
        so: 'Wac haddii aad ka walwalsan tahay in qof kuu dhow uu u janjeero xagjirnimada rabshadaha wadata.',
      },
      body: {
        sv: '<p>Du kan vara anonym. Vi lyssnar, ger råd och hjälper dig vidare.</p><ul><li>Samtal på svenska, engelska och arabiska</li><li>Vid akut fara: ring 112</li></ul>',
        en: '<p>You can stay anonymous. We listen, advise and help you onwards.</p><ul><li>Calls in Swedish, English and Arabic</li><li>In an emergency: call 112</li></ul>',
      },
      audiences: ['RELATIVES', 'GENERAL_PUBLIC'],
      preventionLevel: 'INDIVIDUAL',
      languages: ['sv', 'en', 'ar'],
      phone: '+46 8 000 000 10',
      email: 'orolig@botkyrka.example.org',
      url: 'https://example.org/orolig',
      openingHours: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((weekday) => ({
        weekday,
        opens: '09:00',
        closes: '16:00',
      })),
      openingHoursNote: { sv: 'Vid akut fara: ring 112.', en: 'In an emergency: call 112.' },
      districts: ['alby', 'fittja', 'hallunda-norsborg', 'tullinge', 'tumba', 'varsta'],
      provider: 'botkyrka-trygghet',
      verifiedAt: at(now, -30, '10:00'),
    },
    {
      key: 'ungdomsmottagning-samtal',
      status: 'published',
      visibility: 'PUBLIC',
      priority: 50,
      title: {
        sv: 'Samtalsstöd för unga (exempel)',
        en: 'Counselling for young people (example)',
        fi: 'Keskusteluapua nuorille (esimerkki)',
        ar: 'دعم بالحوار للشباب (مثال)',
        so: 'Taageero wadahadal oo loogu talagalay dhallinyarada (tusaale)',
      },
      summary: {
        sv: 'Prata med någon om det som känns svårt, utan att dina föräldrar behöver veta.',
        en: 'Talk to someone about what feels hard, without your parents having to know.',
        fi: 'Puhu jonkun kanssa siitä, mikä tuntuu vaikealta, ilman että vanhempiesi tarvitsee tietää.',
        ar: 'تحدث مع شخص ما عما يبدو صعبًا، دون أن يعرف والداك.',
        so: 'La hadal qof ku saabsan waxa kugu adag, adigoo aan waalidkaa u baahnayn inay ogaadaan.',
      },
      body: {
        sv: '<p>Drop-in tisdagar och torsdagar kväll.</p>',
        en: '<p>Drop-in on Tuesday and Thursday evenings.</p>',
      },
      audiences: ['YOUNG_PEOPLE'],
      preventionLevel: 'SPECIFIC',
      languages: ['sv', 'en', 'so'],
      phone: '+46 8 000 000 20',
      openingHours: [
        { weekday: 'TUESDAY', opens: '17:00', closes: '21:00' },
        { weekday: 'THURSDAY', opens: '17:00', closes: '21:00' },
        { weekday: 'FRIDAY', opens: '22:00', closes: '02:00' },
      ],
      districts: ['alby', 'fittja'],
      provider: 'unga-i-alby',
      verifiedAt: at(now, -10, '12:00'),
    },
    {
      key: 'webbguide-samtal-om-extremism',
      status: 'published',
      visibility: 'PUBLIC',
      priority: 10,
      title: {
        sv: 'Webbguide: att prata med unga om extremism (exempel)',
        en: 'Web guide: talking with young people about extremism (example)',
        fi: 'Verkko-opas: miten puhua nuorten kanssa ääriliikkeistä (esimerkki)',
        ar: 'دليل إلكتروني: كيف تتحدث مع الشباب عن التطرف (مثال)',
      },
      summary: {
        sv: 'Råd till föräldrar och andra vuxna.',
        en: 'Advice for parents and other adults.',
        fi: 'Neuvoja vanhemmille ja muille aikuisille.',
        ar: 'نصائح للآباء والبالغين الآخرين.',
      },
      body: { sv: '<p>Läs i din egen takt.</p><script>alert("borttaget")</script>' },
      audiences: ['RELATIVES', 'PROFESSIONALS'],
      preventionLevel: 'GENERAL',
      languages: ['sv', 'en', 'fi', 'ar', 'so'],
      url: 'https://example.org/webbguide',
      provider: 'medmanniska-botkyrka',
    },
    {
      key: 'vagledning-for-personal',
      status: 'published',
      visibility: 'INTERNAL',
      priority: 90,
      title: {
        sv: 'Vägledning för personal vid oro för radikalisering (exempel)',
        en: 'Guidance for staff worried about radicalisation (example)',
      },
      summary: {
        sv: 'Så gör du en orosanmälan och vem du kontaktar.',
        en: 'How to report a concern and whom to contact.',
      },
      body: { sv: '<p>Kontakta stödfunktionen samma dag.</p>' },
      audiences: ['PROFESSIONALS'],
      preventionLevel: 'SPECIFIC',
      languages: ['sv'],
      phone: '+46 8 000 003 10',
      provider: 'socialtjanstens-stodfunktion',
    },
  ],
});

/** What the API's SupportResource resolvers receive (see schema/support-resource.graphql): the stored item, localised. */
export type SupportResourceMapper = Localized<SupportResourceItem, typeof supportResourceSchema>;
