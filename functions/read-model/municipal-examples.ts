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
  /**
   * Default a municipality; a provider of trainings (Fryshuset) offers them to municipalities; the national tenant's
   * content is shown by every municipality (read-model/national.ts).
   */
  kind?: 'municipality' | 'provider' | 'national';
  /** Shared trainings (functions/training/sharing.ts): which of its trainings it offers to which municipalities. */
  offers?: { training: string; to: string[] }[];
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
  /** The department its staff name when they register for a training (keys are unique across municipalities for now). */
  department: { key: string; name: string };
}

const exampleOf = ({
  slug,
  name,
  districts,
  organisation,
  resource,
  page,
  department,
}: ExampleParts): MunicipalExample => ({
  slug,
  name,
  origins: [`https://${slug}.example.org`],
  content: {
    departments: [
      {
        key: department.key,
        name: { sv: `${department.name} (exempel)` },
        trainingTargets: [{ audience: 'FIRST_LINE_STAFF', count: 40 }],
      },
    ],
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
    department: { key: 'huddinge-socialtjanst', name: 'Socialtjänsten i Huddinge' },
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
    department: { key: 'haninge-socialtjanst', name: 'Socialtjänsten i Haninge' },
  }),
  fryshusetExample(new Date()),
];

/**
 * Fryshuset, a provider that trains first-line staff with Botkyrka, Huddinge and Haninge (the guidelines' plan): one
 * training, offered to all three, three weeks ahead. Its partners' staff register for its seats in their own intranet.
 */
function fryshusetExample(now: Date): MunicipalExample {
  const startsAt = new Date(now.getTime() + 24 * 24 * 60 * 60 * 1000);
  startsAt.setUTCHours(8, 0, 0, 0);
  return {
    slug: 'fryshuset',
    name: 'Fryshuset',
    kind: 'provider',
    origins: [],
    offers: [{ training: 'fryshuset-samtal-om-extremism', to: ['botkyrka', 'huddinge', 'haninge'] }],
    content: {
      trainings: [
        {
          key: 'fryshuset-samtal-om-extremism',
          status: 'published',
          visibility: 'INTERNAL',
          title: { sv: 'Samtal med unga om våldsbejakande extremism, med Fryshuset (exempel)' },
          description: {
            sv: '<p>En gemensam utbildning för personal i Botkyrka, Huddinge och Haninge: att möta oro och föra samtalet vidare.</p>',
          },
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 4 * 60 * 60 * 1000).toISOString(),
          audience: 'FIRST_LINE_STAFF',
          capacity: 60,
          registrationOpen: true,
        },
      ],
    } as EditorialFixture,
  };
}
