import { beforeAll, describe, expect, it } from 'vitest';
import { createDb, createDocumentClient } from '../functions/data/db.js';
import { publish, unpublish } from '../functions/read-model/publish.js';
import { assertNoInternals, createTestApi, errorCodes, TENANT, type TestApi } from './support/api.js';
import { contractOperation } from './support/contract.js';
import { seedSample } from './support/seed.js';

/**
 * The public website must never receive an INTERNAL item, a draft, a contact person without consent
 * or internal minutes, whatever it asks for.
 */
let api: TestApi;
let staff: string;

const internalNames = [
  'Lokalpolisområde Botkyrka, kontakt för inhemsk extremism (exempel)',
  'Socialtjänstens stödfunktion vid oro för radikalisering (exempel)',
];
const hiddenPersons = ['Bengt Exempel', 'Karin Exempel', 'Cecilia Exempel', 'Farid Exempel'];
const internalTexts = [
  'Vägledning för personal',
  'Intern rutin',
  'Intern lägesbild',
  'Grundutbildning',
  'Chefers ansvar',
  'Utkast som aldrig',
  ...internalNames,
  ...hiddenPersons,
];

beforeAll(async () => {
  api = await createTestApi();
  await seedSample(api);
  staff = await api.token('staff');
});

/** Everything a caller can ask for, one list per query (together they would exceed the cost limit). */
const everything = [
  `query R($audience: Audience, $language: String, $locale: Locale) { supportResources(locale: $locale, filter: { audience: $audience, language: $language }, first: 100) { edges { node { slug title summary body visibility provider { name contactPersons { name } } } } } }`,
  `query O($kind: OrganisationKind, $district: String, $member: Boolean, $locale: Locale) { organisations(locale: $locale, filter: { kind: $kind, district: $district, interreligiousCouncilMember: $member }, first: 100) { edges { node { name visibility contactPersons { name role email phone } } } } }`,
  `query C($locale: Locale) { councilMeetings(locale: $locale, first: 100) { edges { node { title agenda minutes participants { name contactPersons { name } } } } } }`,
  `query T($locale: Locale) { trainings(locale: $locale, filter: { from: "2000-01-01T00:00:00Z" }, first: 100) { edges { node { title visibility provider { name } } } } }`,
];

/** The raw answers to all of `everything` with `filter`, failing on any error. */
async function askEverything(filter: Record<string, unknown>, token?: string): Promise<string> {
  const answers: string[] = [];
  for (const query of everything) {
    const variables = Object.fromEntries(Object.entries(filter).filter(([name]) => query.includes(`$${name}:`)));
    const response = await api.graphql(query, variables, token ? { token } : {});
    assertNoInternals(response);
    expect(response.body.errors).toBeUndefined();
    answers.push(response.raw);
  }
  return answers.join('\n');
}

const filters: Record<string, unknown>[] = [
  {},
  { kind: 'AUTHORITY' },
  { kind: 'ASSOCIATION', member: false },
  { audience: 'PROFESSIONALS' },
  { language: 'sv' },
  { district: 'alby', locale: 'EN' },
  { member: true, locale: 'AR' },
];

/** Per query of `everything`, the names or titles of what it returns; `visibility` where the type has one. */
async function namesPerQuery(
  filter: Record<string, unknown>,
  token?: string,
): Promise<{ name: string; visibility?: string }[][]> {
  const lists: { name: string; visibility?: string }[][] = [];
  for (const query of everything) {
    const variables = Object.fromEntries(Object.entries(filter).filter(([name]) => query.includes(`$${name}:`)));
    const { data } = (await api.graphql(query, variables, token ? { token } : {})).body;
    const connection = Object.values(data!)[0] as {
      edges: { node: { title?: string; name?: string; visibility?: string } }[];
    };
    lists.push(
      connection.edges.map(({ node }) => ({
        name: (node.title ?? node.name)!,
        ...(node.visibility ? { visibility: node.visibility } : {}),
      })),
    );
  }
  return lists;
}

describe('anonymous callers', () => {
  it.each(filters.map((filter) => [JSON.stringify(filter), filter] as const))(
    'never receive internal content with filter %s',
    async (_, filter) => {
      const raw = await askEverything(filter);
      for (const text of internalTexts) expect(raw).not.toContain(text);
      expect(raw).not.toContain('"INTERNAL"');
    },
  );

  it.each(filters.map((filter) => [JSON.stringify(filter), filter] as const))(
    'receive exactly the public part of what staff see with filter %s',
    async (_, filter) => {
      // The positive side of the check above: an answer emptied by mistake would pass it, not this.
      const anonymous = await namesPerQuery(filter);
      const staffView = await namesPerQuery(filter, staff);
      const publicPart = staffView.map((items) =>
        items.filter((item) => item.visibility !== 'INTERNAL').map((item) => item.name),
      );
      expect(anonymous.map((items) => items.map((item) => item.name))).toEqual(publicPart);
      expect(publicPart.flat().length).toBeGreaterThan(0);
      expect(staffView.flat().length).toBeGreaterThan(publicPart.flat().length);
    },
  );

  it('get null for an internal or draft slug', async () => {
    const resource = await api.graphql(contractOperation('SupportResource'), { slug: 'vagledning-for-personal' });
    expect(resource.body.data!.supportResource).toBeNull();
    const internalPage = await api.graphql(contractOperation('Page'), { slug: 'intern-rutin-orosanmalan' });
    expect(internalPage.body.data!.page).toBeNull();
    const draft = await api.graphql(contractOperation('Page'), { slug: 'utkast-ny-sida' }, { token: staff });
    expect(draft.body.data!.page).toBeNull();
  });

  it('see public minutes but not internal ones', async () => {
    const response = await api.graphql(contractOperation('CouncilMeetings'), { from: '2000-01-01T00:00:00Z' });
    const meetings = response.body.data!.councilMeetings.edges.map((edge: any) => edge.node);
    expect(meetings.find((meeting: any) => meeting.title.includes('höstmöte')).minutes).toContain(
      'gemensam manifestation',
    );
    expect(meetings.find((meeting: any) => meeting.title.includes('extra möte')).minutes).toBeNull();
  });

  it('see only consenting contact persons', async () => {
    const response = await api.graphql(contractOperation('Organisations'), {});
    const persons = response.body.data!.organisations.edges.flatMap((edge: any) =>
      edge.node.contactPersons.map((person: any) => person.name),
    );
    expect(persons).toContain('Amira Exempel');
    for (const name of hiddenPersons) expect(persons).not.toContain(name);
  });

  it('cannot list pending associations or submitted activities', async () => {
    const response = await api.graphql(contractOperation('ModerationQueue'), {});
    expect(new Set(errorCodes(response))).toEqual(new Set(['UNAUTHENTICATED']));
    expect(response.body.data).toBeNull();
    expect(response.raw).not.toContain('Norsborgs idrottsklubb');
  });
});

describe('staff', () => {
  it('see internal content, internal minutes and every contact person', async () => {
    const raw = await askEverything({}, staff);
    for (const text of [
      'Vägledning för personal',
      'Intern lägesbild',
      'Grundutbildning',
      ...internalNames,
      ...hiddenPersons,
    ])
      expect(raw).toContain(text);
    expect(raw).not.toContain('Utkast som aldrig');
  });

  it('without the moderator role cannot list the moderation queue', async () => {
    const response = await api.graphql(contractOperation('ModerationQueue'), {}, { token: staff });
    expect(new Set(errorCodes(response))).toEqual(new Set(['FORBIDDEN']));
    expect(response.body.data).toBeNull();
    expect(response.raw).not.toContain('Norsborgs idrottsklubb');
  });

  it('see internal contacts through InternalContacts, the public sees none of them', async () => {
    const staffAnswer = await api.graphql(contractOperation('InternalContacts'), {}, { token: staff });
    expect(staffAnswer.body.data!.organisations.edges.map((edge: any) => edge.node.name).sort()).toEqual(
      [...internalNames].sort(),
    );
    const publicAnswer = await api.graphql(contractOperation('InternalContacts'), {});
    expect(publicAnswer.body.data!.organisations.edges).toEqual([]);
  });
});

describe('changes of visibility in the CMS', () => {
  const document = (revision: number, visibility: 'PUBLIC' | 'INTERNAL', title = 'Växlande synlighet (test)') => ({
    type: 'page' as const,
    key: 'vaxlande',
    revision,
    visibility,
    title: { sv: title },
    body: { sv: '<p>Text</p>' },
  });
  const readAnonymously = async () =>
    (await api.graphql(contractOperation('Page'), { slug: 'vaxlande' })).body.data!.page;

  it('a page made INTERNAL disappears from the public at once, and an unpublished one for everyone', async () => {
    await publish(api.db, TENANT, document(1, 'PUBLIC'));
    expect(await readAnonymously()).toMatchObject({ title: 'Växlande synlighet (test)' });
    await publish(api.db, TENANT, document(2, 'INTERNAL'));
    expect(await readAnonymously()).toBeNull();
    expect(
      (await api.graphql(contractOperation('Page'), { slug: 'vaxlande' }, { token: staff })).body.data!.page,
    ).not.toBeNull();
    await unpublish(api.db, TENANT, 'page', 'vaxlande', 3);
    expect(
      (await api.graphql(contractOperation('Page'), { slug: 'vaxlande' }, { token: staff })).body.data!.page,
    ).toBeNull();
  });

  it('a late retry of an older publish never brings back or overwrites a newer revision', async () => {
    expect(await publish(api.db, TENANT, document(2, 'PUBLIC', 'Gammal'))).toBe('stale');
    expect(await readAnonymously()).toBeNull();
    expect(await publish(api.db, TENANT, document(10, 'PUBLIC', 'Ny'))).toBe('written');
    expect(await publish(api.db, TENANT, document(9, 'PUBLIC', 'Äldre'))).toBe('stale');
    expect(await unpublish(api.db, TENANT, 'page', 'vaxlande', 8)).toBe('stale');
    expect((await readAnonymously()).title).toBe('Ny');
    // Replaying the same revision writes nothing, and says so.
    expect(await publish(api.db, TENANT, document(10, 'PUBLIC', 'Ny'))).toBe('unchanged');
    expect(await unpublish(api.db, TENANT, 'page', 'vaxlande', 11)).toBe('written');
    expect(await unpublish(api.db, TENANT, 'page', 'vaxlande', 11)).toBe('unchanged');
    // A newer removal of what is already removed is recorded (an older publish stays stale) but changes nothing read.
    expect(await unpublish(api.db, TENANT, 'page', 'vaxlande', 13)).toBe('unchanged');
    expect(await publish(api.db, TENANT, document(12, 'PUBLIC', 'Mellan'))).toBe('stale');
    expect(await readAnonymously()).toBeNull();
  });

  const pageOf = (key: string, revision: number, title: string) => ({ ...document(revision, 'PUBLIC', title), key });
  const titleServedAt = async (slug: string) =>
    (await api.graphql(contractOperation('Page'), { slug })).body.data!.page?.title ?? null;

  it('a document published under a key that a newer document holds leaves that page as it is, and takes the key only when newer', async () => {
    expect(await publish(api.db, TENANT, pageOf('delad-nyckel', 20, 'Den nyare sidan'), { documentId: 'sida-b' })).toBe(
      'written',
    );
    expect(await publish(api.db, TENANT, pageOf('delad-nyckel', 10, 'Den äldre sidan'), { documentId: 'sida-a' })).toBe(
      'stale',
    );
    expect(await titleServedAt('delad-nyckel')).toBe('Den nyare sidan');
    expect(await publish(api.db, TENANT, pageOf('delad-nyckel', 30, 'Övertagen'), { documentId: 'sida-a' })).toBe(
      'written',
    );
    expect(await titleServedAt('delad-nyckel')).toBe('Övertagen');
  });

  it('a republish under the same key is one transaction without reading the guards first; a renamed one reads them and retires its old key', async () => {
    // What the SDK sends, counted on a table client of this test's own.
    const sent: string[] = [];
    const client = createDocumentClient(api.config.dynamo);
    client.middlewareStack.add(
      (next) => async (args) => {
        const target = (args.request as { headers?: Record<string, string> }).headers?.['x-amz-target'];
        if (target) sent.push(target.split('.').pop()!);
        return next(args);
      },
      { step: 'build', name: 'countSentCommands' },
    );
    const db = createDb(client, api.config.dynamo.tableName);
    const publishCounted = async (input: Parameters<typeof publish>[2], options: Parameters<typeof publish>[3]) => {
      sent.splice(0);
      const outcome = await publish(db, TENANT, input, options);
      return { outcome, sent: [...sent].sort() };
    };
    // The guarded write and the search index's version counter.
    const oneTransaction = ['TransactWriteItems', 'UpdateItem'];
    expect(await publishCounted(pageOf('forsta-nyckeln', 1, 'Första'), { documentId: 'sida-c' })).toEqual({
      outcome: 'written',
      sent: oneTransaction,
    });
    expect(await publishCounted(pageOf('forsta-nyckeln', 2, 'Andra'), { documentId: 'sida-c' })).toEqual({
      outcome: 'written',
      sent: oneTransaction,
    });
    // The refused first try, the guard and both keys' claims, the guarded write, the counter.
    expect(await publishCounted(pageOf('andra-nyckeln', 3, 'Omdöpt'), { documentId: 'sida-c' })).toEqual({
      outcome: 'written',
      sent: ['GetItem', 'GetItem', 'GetItem', 'TransactWriteItems', 'TransactWriteItems', 'UpdateItem'],
    });
    expect(await titleServedAt('andra-nyckeln')).toBe('Omdöpt');
    expect(await titleServedAt('forsta-nyckeln')).toBeNull();
    client.destroy();
  });

  it('erasing a contact person in the CMS removes them from every copy', async () => {
    const organisation = (revision: number, persons: { name: string; publicConsent: boolean }[]) => ({
      type: 'organisation' as const,
      key: 'radering-test',
      revision,
      visibility: 'PUBLIC' as const,
      name: 'Raderingsföreningen (test)',
      kind: 'ASSOCIATION' as const,
      contactPersons: persons,
    });
    await publish(
      api.db,
      TENANT,
      organisation(1, [
        { name: 'Kvar Kvarsson', publicConsent: true },
        { name: 'Borta Bortasson', publicConsent: true },
      ]),
    );
    await publish(api.db, TENANT, organisation(2, [{ name: 'Kvar Kvarsson', publicConsent: true }]));
    for (const token of [undefined, staff]) {
      const response = await api.graphql(
        contractOperation('Organisations'),
        { kind: 'ASSOCIATION' },
        token ? { token } : {},
      );
      expect(response.raw).toContain('Kvar Kvarsson');
      expect(response.raw).not.toContain('Borta Bortasson');
    }
  });
});
