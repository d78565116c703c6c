import type { DescribedItem, DescribedEntitySchema } from '../data/entities/described.js';
import { audiences } from '../domain/vocabulary.js';
import type { Localized } from './localize.js';
import { describeContentType } from './describe.js';

/** "Where can I turn?": a situation a person may be in, what to do now, and the support resources for it. */
export const situation = describeContentType({
  type: 'situation',
  collection: 'situations',
  labels: { singular: { sv: 'Situation', en: 'Situation' }, plural: { sv: 'Situationer', en: 'Situations' } },
  group: 'support',
  title: 'title',
  listOrder: ['order', 'title'],
  columns: ['order', 'visibility'],
  fields: {
    order: {
      kind: 'number',
      min: 0,
      max: 999_999,
      default: 0,
      help: { sv: 'Lägre visas först i guiden.', en: 'Lower comes first in the guide.' },
    },
    title: { kind: 'text', max: 200, required: true },
    summary: { kind: 'text', max: 1000, multiline: true },
    /** When to call 112 or the police; shown first. */
    urgentAdvice: {
      kind: 'richText',
      help: {
        sv: 'När man ska ringa 112 eller polisen (114 14). Visas först.',
        en: 'When to call 112 or the police (114 14). Shown first.',
      },
    },
    body: { kind: 'richText' },
    audiences: { kind: 'choices', values: audiences },
    /** In the editors' order; the API leaves out those the caller may not see. */
    resources: {
      kind: 'references',
      to: 'support-resources',
      max: 50,
      duplicateMessage: 'names a support resource twice',
      help: {
        sv: 'I den ordning invånarna ska se dem; dra för att ändra ordning.',
        en: 'In the order residents should see them; drag to reorder.',
      },
    },
  },
  filters: { audience: 'audiences' },
  search: { text: ['summary', 'urgentAdvice', 'body'] },
  webPaths: (key) => ['/vart-kan-jag-vanda-mig', ...(key ? [`/vart-kan-jag-vanda-mig/${key}`] : [])],
  // EXAMPLE DATA: invented (see examples.ts), except 112 and the police's 114 14, which are real.
  examples: () => [
    {
      key: 'orolig-for-mitt-barn',
      status: 'published',
      visibility: 'PUBLIC',
      order: 1,
      title: {
        sv: 'Jag är orolig för mitt barn (exempel)',
        en: 'I am worried about my child (example)',
        fi: 'Olen huolissani lapsestani (esimerkki)',
        ar: 'أنا قلق على طفلي (مثال)',
        so: 'Waxaan ka walwalsanahay ilmahayga (tusaale)',
      },
      summary: {
        sv: 'Tecken att vara uppmärksam på, hur du kan prata med ditt barn och vem du kan vända dig till.',
        en: 'Signs to look out for, how to talk with your child and who you can turn to.',
        fi: 'Merkkejä, joihin kannattaa kiinnittää huomiota, ja kenen kanssa voit puhua.',
        ar: 'علامات يجب الانتباه إليها وكيف تتحدث مع طفلك ومن يمكنك التوجه إليه.',
        so: 'Calaamadaha la fiiriyo, sida aad ula hadli karto ilmahaaga iyo cidda aad u tegi karto.',
      },
      body: {
        sv: '<p>Prata med ditt barn, lyssna utan att döma och sök stöd tidigt. Du behöver inte vara säker för att ringa.</p>',
        en: '<p>Talk with your child, listen without judging and seek support early. You do not need to be sure to call.</p>',
      },
      urgentAdvice: {
        sv: '<p>Vid akut fara: ring 112. Vill du tipsa polisen: ring 114 14.</p>',
        en: '<p>In an emergency call 112. To give the police a tip: call 114 14.</p>',
      },
      audiences: ['RELATIVES'],
      resources: ['stod-till-oroliga-anhoriga', 'webbguide-samtal-om-extremism', 'ungdomsmottagning-samtal'],
    },
    {
      key: 'jag-vill-lamna',
      status: 'published',
      visibility: 'PUBLIC',
      order: 2,
      title: {
        sv: 'Jag vill ta mig ur en våldsbejakande miljö (exempel)',
        en: 'I want to leave a violent extremist environment (example)',
        fi: 'Haluan irtautua väkivaltaisesta ääriliikkeestä (esimerkki)',
        ar: 'أريد أن أترك بيئة متطرفة عنيفة (مثال)',
        so: 'Waxaan rabaa inaan ka baxo koox xagjir ah oo rabshad wadata (tusaale)',
      },
      summary: {
        sv: 'Du är inte ensam. Här kan du prata med någon i förtroende.',
        en: 'You are not alone. Here you can talk to someone in confidence.',
      },
      body: {
        sv: '<p>Många har lämnat före dig. Ett första samtal förpliktar dig inte till något.</p>',
        en: '<p>Many have left before you. A first conversation commits you to nothing.</p>',
      },
      urgentAdvice: {
        sv: '<p>Är du hotad eller i fara: ring 112.</p>',
        en: '<p>If you are threatened or in danger: call 112.</p>',
      },
      audiences: ['YOUNG_PEOPLE'],
      resources: ['ungdomsmottagning-samtal', 'stod-till-oroliga-anhoriga'],
    },
    {
      key: 'oro-i-arbetet',
      status: 'published',
      visibility: 'INTERNAL',
      order: 3,
      title: {
        sv: 'Jag möter en ung person i arbetet som oroar mig (exempel)',
        en: 'I meet a young person at work who worries me (example)',
      },
      summary: {
        sv: 'Så gör du en orosanmälan och vem i kommunen du rådgör med.',
        en: 'How to report a concern and whom in the municipality to consult.',
      },
      urgentAdvice: { sv: '<p>Vid akut fara: ring 112.</p>', en: '<p>In an emergency call 112.</p>' },
      audiences: ['PROFESSIONALS'],
      resources: ['vagledning-for-personal', 'stod-till-oroliga-anhoriga'],
    },
  ],
});

export type SituationItem = DescribedItem<typeof situation>;
export type SituationSchema = DescribedEntitySchema<typeof situation>;

/** What the API's Situation resolvers receive (see schema/situation.graphql): the stored item, localised. */
export type SituationMapper = Localized<SituationItem, SituationSchema>;
