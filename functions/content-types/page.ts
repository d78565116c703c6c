import { z } from 'zod';
import { createPageEntity, type PageItem, type pageSchema } from '../data/entities/page.js';
import type { Localized } from './localize.js';
import { joinSortKey, swedishSortText } from '../domain/sort-key.js';
import { defineContentType } from './define.js';
import { localizedHtml, localizedText, revisionFields, visibility } from './fields.js';
import { contentOf, editorialBase, withScopes } from './items.js';

const pageDocument = z.object({
  type: z.literal('page'),
  ...revisionFields,
  visibility,
  title: localizedText(200),
  body: localizedHtml,
});

export const page = defineContentType({
  type: 'page',
  cmsSlug: 'pages',
  fixtureSection: 'pages',
  scoped: true,
  entity: createPageEntity,
  document: pageDocument,
  items: (doc, tenant) =>
    withScopes(doc.visibility, {
      ...editorialBase(doc, tenant, joinSortKey(swedishSortText(doc.title.sv ?? ''), doc.key)),
      ...contentOf(doc),
    }),
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

/** What the API's Page resolvers receive (see schema/page.graphql): the stored item, localised. */
export type PageMapper = Localized<PageItem, typeof pageSchema>;
