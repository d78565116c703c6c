import type { DescribedEntitySchema, DescribedItem } from '../data/entities/described.js';
import type { Localized } from './localize.js';
import { describeContentType } from './describe.js';

/** A page of the website or the intranet: a title and rich text, found by its key. */
export const page = describeContentType({
  type: 'page',
  collection: 'pages',
  labels: { singular: { sv: 'Sida', en: 'Page' }, plural: { sv: 'Sidor', en: 'Pages' } },
  group: 'website',
  title: 'title',
  listOrder: ['title'],
  columns: ['key', 'visibility'],
  fields: {
    title: { kind: 'text', max: 200, required: true },
    body: { kind: 'richText' },
  },
  search: { text: ['body'] },
  webPaths: (key) => (key ? [`/${key}`] : []),
  // EXAMPLE DATA: invented (see examples.ts)
  examples: (_now) => [
    {
      key: 'orolig-for-nagon',
      status: 'published',
      visibility: 'PUBLIC',
      title: {
        sv: 'Orolig för någon? (exempel)',
        en: 'Worried about someone? (example)',
        fi: 'Huolissasi jostakusta? (esimerkki)',
        ar: 'هل أنت قلق على شخص ما؟ (مثال)',
        so: 'Ma ka walwalsan tahay qof? (tusaale)',
      },
      body: {
        sv: '<p>Här finns stöd om du är orolig för att någon i din närhet dras in i våldsbejakande extremism.</p>',
        en: '<p>Support is available if you are worried that someone close to you is being drawn into violent extremism.</p>',
      },
    },
    {
      key: 'sa-arbetar-botkyrka',
      status: 'published',
      visibility: 'PUBLIC',
      title: {
        sv: 'Så arbetar Botkyrka mot våldsbejakande extremism (exempel)',
        en: 'How Botkyrka works against violent extremism (example)',
      },
      body: {
        sv: '<p>Arbetet sker på tre nivåer: generell, specifik och individuell.</p>',
        en: '<p>The work happens at three levels: general, specific and individual.</p>',
      },
    },
    {
      key: 'intern-rutin-orosanmalan',
      status: 'published',
      visibility: 'INTERNAL',
      title: { sv: 'Intern rutin: orosanmälan (exempel)' },
      body: { sv: '<p>Rutinen gäller all personal.</p>' },
    },
    {
      key: 'utkast-ny-sida',
      status: 'draft',
      visibility: 'PUBLIC',
      title: { sv: 'Utkast som aldrig når API:t (exempel)' },
    },
  ],
});

export type PageItem = DescribedItem<typeof page>;

/** What the API's Page resolvers receive (see schema/page.graphql): the stored item, localised. */
export type PageMapper = Localized<PageItem, DescribedEntitySchema<typeof page>>;
