import type { EditorialFixture } from './fixture.js';

/**
 * EXAMPLE DATA (issue 32): two more municipalities beside Botkyrka's example content, so that `npm run dev` shows
 * municipalities side by side, and the national tenant whose support line all three show. Invented like functions/content-types/examples.ts: every name ends in "(exempel)",
 * addresses at example.org, phone numbers in the unused +46 8 000 range. Keys differ from Botkyrka's: the CMS holds
 * a key once across municipalities for now.
 */
export interface MunicipalExample {
  slug: string;
  name: string;
  /** The national tenant's content is shown by every municipality (read-model/national.ts); default a municipality. */
  kind?: 'municipality' | 'national';
  /** The frontends' origins, as the registry holds them (invented: example.org). */
  origins: string[];
  content: EditorialFixture;
}

interface ExampleParts {
  slug: string;
  name: string;
  districts: { key: string; name: string }[];
  organisation: { key: string; name: string; district: string };
  resource: { key: string; title: string; phone: string };
  page: { key: string; title: string; body: string };
}

const exampleOf = ({ slug, name, districts, organisation, resource, page }: ExampleParts): MunicipalExample => ({
  slug,
  name,
  origins: [`https://${slug}.example.org`],
  content: {
    districts: districts.map((district) => ({ key: district.key, name: { sv: `${district.name} (exempel)` } })),
    organisations: [
      {
        key: organisation.key,
        status: 'published',
        visibility: 'PUBLIC',
        name: `${organisation.name} (exempel)`,
        kind: 'MUNICIPAL_UNIT',
        email: `${organisation.key}@${slug}.example.org`,
        districts: [organisation.district],
        contactPersons: [],
      },
    ],
    supportResources: [
      {
        key: resource.key,
        status: 'published',
        visibility: 'PUBLIC',
        priority: 100,
        title: { sv: `${resource.title} (exempel)` },
        body: { sv: `<p>${resource.title} i ${name}. Vid akut fara: ring 112.</p>` },
        audiences: ['RELATIVES', 'GENERAL_PUBLIC'],
        preventionLevel: 'INDIVIDUAL',
        languages: ['sv'],
        phone: resource.phone,
        email: `stod@${slug}.example.org`,
        districts: districts.map((district) => district.key),
        provider: organisation.key,
      },
    ],
    pages: [
      {
        key: page.key,
        status: 'published',
        visibility: 'PUBLIC',
        title: { sv: `${page.title} (exempel)` },
        body: { sv: `<p>${page.body}</p>` },
      },
    ],
  } as EditorialFixture,
});

/**
 * The national tenant's example (issue 32): a national support line and the organisation behind it, maintained once
 * and shown by Botkyrka, Huddinge and Haninge alike (each can hide it on its "Kommuner" document).
 */
export const nationalExample: MunicipalExample = {
  slug: 'nationellt',
  name: 'Nationellt',
  kind: 'national',
  origins: [],
  content: {
    organisations: [
      {
        key: 'nationella-stodlinjen',
        status: 'published',
        visibility: 'PUBLIC',
        name: 'Nationella stödlinjen (exempel)',
        kind: 'AUTHORITY',
        website: 'https://stodlinjen.example.org',
        email: 'info@stodlinjen.example.org',
        contactPersons: [],
      },
    ],
    supportResources: [
      {
        key: 'stodlinjen-for-anhoriga',
        status: 'published',
        visibility: 'PUBLIC',
        priority: 200,
        title: { sv: 'Stödlinjen för anhöriga (exempel)', en: 'The support line for relatives (example)' },
        summary: {
          sv: 'Nationell stödlinje för dig som är orolig för att någon närstående dras in i våldsbejakande extremism.',
          en: 'A national support line for anyone worried that someone close is being drawn into violent extremism.',
        },
        body: {
          sv: '<p>Du kan vara anonym. Stödlinjen svarar i hela landet. Vid akut fara: ring 112.</p>',
          en: '<p>You can stay anonymous. The line answers across the country. In an emergency: call 112.</p>',
        },
        audiences: ['RELATIVES', 'PROFESSIONALS'],
        preventionLevel: 'INDIVIDUAL',
        languages: ['sv', 'en'],
        phone: '+46 8 000 000 90',
        url: 'https://stodlinjen.example.org',
        openingHours: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((weekday) => ({
          weekday,
          opens: '09:00',
          closes: '17:00',
        })),
        provider: 'nationella-stodlinjen',
      },
    ],
  } as EditorialFixture,
};

/** The national tenant's, Huddinge's and Haninge's example content, each imported under its own tenant. */
export const municipalExamples: MunicipalExample[] = [
  nationalExample,
  exampleOf({
    slug: 'huddinge',
    name: 'Huddinge',
    districts: [
      { key: 'flemingsberg', name: 'Flemingsberg' },
      { key: 'skogas', name: 'Skogås' },
      { key: 'varby', name: 'Vårby' },
    ],
    organisation: { key: 'huddinge-fritidsgardar', name: 'Huddinge fritidsgårdar', district: 'flemingsberg' },
    resource: { key: 'huddinge-orossamtal', title: 'Orossamtal i Huddinge', phone: '+46 8 000 000 40' },
    page: {
      key: 'sa-arbetar-huddinge',
      title: 'Så arbetar Huddinge',
      body: 'Huddinge kommun arbetar förebyggande tillsammans med skola, socialtjänst och civilsamhälle.',
    },
  }),
  exampleOf({
    slug: 'haninge',
    name: 'Haninge',
    districts: [
      { key: 'handen', name: 'Handen' },
      { key: 'brandbergen', name: 'Brandbergen' },
      { key: 'jordbro', name: 'Jordbro' },
    ],
    organisation: { key: 'haninge-ungdomsteam', name: 'Haninge ungdomsteam', district: 'jordbro' },
    resource: { key: 'haninge-stodlinje', title: 'Stödlinjen i Haninge', phone: '+46 8 000 000 50' },
    page: {
      key: 'sa-arbetar-haninge',
      title: 'Så arbetar Haninge',
      body: 'Haninge kommun samordnar det förebyggande arbetet mot våldsbejakande extremism.',
    },
  }),
];
