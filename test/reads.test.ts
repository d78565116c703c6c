import { beforeAll, describe, expect, it } from 'vitest';
import { assertNoInternals, createTestApi, type TestApi } from './support/api.js';
import { contractOperation, contractOperations } from './support/contract.js';
import { seedSample } from './support/seed.js';

const day = 24 * 60 * 60 * 1000;
let api: TestApi;
let staff: string;
let moderator: string;
let coordinator: string;
const now = new Date();

beforeAll(async () => {
  api = await createTestApi();
  await seedSample(api, now);
  staff = await api.token('staff');
  moderator = await api.token('moderator');
  coordinator = await api.token('coordinator');
});

/** Variables a frontend would send with each read, against the example content. */
const variablesFor: Record<string, Record<string, unknown>> = {
  SupportResource: { slug: 'stod-till-oroliga-anhoriga', locale: 'EN' },
  Page: { slug: 'orolig-for-nagon', locale: 'SV' },
  Activities: {
    from: new Date(now.getTime() - day).toISOString(),
    to: new Date(now.getTime() + 60 * day).toISOString(),
  },
  CouncilMeetings: { from: new Date(now.getTime() - 365 * day).toISOString() },
  Search: { query: 'stöd' },
  Situation: { slug: 'orolig-for-mitt-barn', openNowFirst: true },
  TrainingSeats: { id: 'grundutbildning-forsta-linjen' },
  TrainingParticipants: { id: 'grundutbildning-forsta-linjen' },
  TrainingCoverage: {
    from: new Date(now.getTime() - 365 * day).toISOString(),
    to: new Date(now.getTime() + day).toISOString(),
  },
  PreventionReport: {
    from: new Date(now.getTime() - 365 * day).toISOString(),
    to: new Date(now.getTime() + day).toISOString(),
  },
};

/** The coordinators' reads (contract next/intranet.graphql). */
const coordinatorReads = new Set(['TrainingParticipants', 'TrainingCoverage', 'PreventionReport']);

/** Every value at the top of `data` holds something: a non-empty list of edges, a non-empty list, or an object. */
function expectNonEmpty(data: Record<string, any>) {
  for (const [field, value] of Object.entries(data)) {
    expect(value, field).not.toBeNull();
    if (Array.isArray(value)) expect(value.length, field).toBeGreaterThan(0);
    else if (value && 'edges' in value) expect(value.edges.length, field).toBeGreaterThan(0);
  }
}

describe('every read of the contract, through the Lambda handler', () => {
  // With the upcoming operations already served: next/ (search, the situation guide, training registration and reports).
  const reads = [...contractOperations(), ...contractOperations('next/')].filter(
    (operation) => operation.kind === 'query' && operation.file !== 'associations.graphql',
  );

  it.each(reads.map((operation) => [operation.file, operation.name, operation.source] as const))(
    '%s %s answers with content',
    async (file, name, source) => {
      const token =
        name === 'ModerationQueue'
          ? moderator
          : coordinatorReads.has(name)
            ? coordinator
            : file.endsWith('intranet.graphql')
              ? staff
              : undefined;
      const response = await api.graphql(source, variablesFor[name] ?? {}, token ? { token } : {});
      assertNoInternals(response);
      expect(response.body.errors).toBeUndefined();
      expect(response.status).toBe(200);
      expectNonEmpty(response.body.data!);
    },
  );
});

describe('semantics the contract states', () => {
  it('orders support resources by priority, highest first, and falls back to Swedish per field', async () => {
    const response = await api.graphql(contractOperation('SupportResources'), { locale: 'EN' });
    const nodes = response.body.data!.supportResources.edges.map((edge: any) => edge.node);
    expect(nodes.map((node: any) => node.slug)).toEqual([
      'stod-till-oroliga-anhoriga',
      'ungdomsmottagning-samtal',
      'webbguide-samtal-om-extremism',
    ]);
    expect(nodes[0].title).toBe('Support for worried relatives (example)');
    const fallback = await api.graphql(contractOperation('SupportResource'), {
      slug: 'webbguide-samtal-om-extremism',
      locale: 'EN',
    });
    // The web guide's body has no English translation: Swedish is served instead of nothing.
    expect(fallback.body.data!.supportResource.body).toBe('<p>Läs i din egen takt.</p>');
  });

  it('serves rich text sanitised: the script in the example content never reaches the API', async () => {
    const response = await api.graphql(contractOperation('SupportResource'), { slug: 'webbguide-samtal-om-extremism' });
    expect(response.body.data!.supportResource.body).not.toMatch(/script|alert/);
  });

  it('orders organisations by name in Swedish alphabetical order', async () => {
    const response = await api.graphql(contractOperation('Organisations'), {}, { token: staff });
    const names: string[] = response.body.data!.organisations.edges.map((edge: any) => edge.node.name);
    const swedish = [...names].sort(new Intl.Collator('sv').compare);
    expect(names).toEqual(swedish);
    expect(names.length).toBe(8);
  });

  it('filters organisations by kind, district and council membership', async () => {
    const response = await api.graphql(contractOperation('Organisations'), {
      kind: 'FAITH_COMMUNITY',
      councilMember: true,
      district: 'fittja',
    });
    expect(response.body.data!.organisations.edges.map((edge: any) => edge.node.name)).toEqual([
      'Fittja moské (exempel)',
    ]);
  });

  it('filters support resources by audience and language', async () => {
    const response = await api.graphql(contractOperation('SupportResources'), {
      audience: 'RELATIVES',
      language: 'ar',
    });
    expect(response.body.data!.supportResources.edges.map((edge: any) => edge.node.slug)).toEqual([
      'stod-till-oroliga-anhoriga',
      'webbguide-samtal-om-extremism',
    ]);
  });

  it('lists activities that overlap the window, in start order, and only inside it', async () => {
    const from = new Date(now.getTime() + 5 * day).toISOString();
    const to = new Date(now.getTime() + 12 * day).toISOString();
    const response = await api.graphql(contractOperation('Activities'), { from, to });
    const nodes = response.body.data!.activities.edges.map((edge: any) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(Date.parse(node.startsAt)).toBeLessThan(Date.parse(to));
      expect(Date.parse(node.endsAt)).toBeGreaterThan(Date.parse(from));
      expect(node.association).not.toBeNull();
    }
    const starts = nodes.map((node: any) => node.startsAt);
    expect(starts).toEqual([...starts].sort());
  });

  it('lists council meetings in the window in start order', async () => {
    const response = await api.graphql(contractOperation('CouncilMeetings'), {
      from: new Date(now.getTime() - 20 * day).toISOString(),
      to: new Date(now.getTime() + 30 * day).toISOString(),
    });
    const titles = response.body.data!.councilMeetings.edges.map((edge: any) => edge.node.title);
    expect(titles).toEqual([
      'Interreligiösa rådet, extra möte (exempel)',
      'Interreligiösa rådet, vintermöte (exempel)',
    ]);
  });

  it('lists only upcoming trainings by default', async () => {
    const response = await api.graphql(contractOperation('Trainings'), {}, { token: staff });
    const starts = response.body.data!.trainings.edges.map((edge: any) => Date.parse(edge.node.startsAt));
    expect(starts.length).toBe(3);
    for (const start of starts) expect(start).toBeGreaterThan(now.getTime());
  });

  it('answers an unknown slug with null, not an error', async () => {
    const response = await api.graphql(contractOperation('Page'), { slug: 'finns-inte' });
    expect(response.body).toEqual({ data: { page: null } });
  });

  it('shows an association account its own association with every activity', async () => {
    const token = await api.token('association', 'account-fittja-dialog');
    const response = await api.graphql(contractOperation('MyAssociation'), {}, { token });
    const association = response.body.data!.viewer.association;
    expect(response.body.data!.viewer.role).toBe('ASSOCIATION');
    expect(association.name).toBe('Dialogföreningen Fittja (exempel)');
    expect(association.contactPerson.email).toBe('kontakt@a-fittja-dialog.example.org');
    expect(association.activities.edges.map((edge: any) => edge.node.status).sort()).toEqual([
      'PUBLISHED',
      'SUBMITTED',
    ]);
  });
});

describe('slugs that cannot exist', () => {
  it.each(['x'.repeat(3000), 'Ä ö', '../etc'])('answer null, not an error (%#)', async (slug) => {
    const response = await api.graphql(contractOperation('SupportResource'), { slug });
    expect(response.body).toEqual({ data: { supportResource: null } });
    expect((await api.graphql(contractOperation('Page'), { slug })).body).toEqual({ data: { page: null } });
  });
});
