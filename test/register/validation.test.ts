import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type TestApi } from '../support/api.js';
import { activityInput, registerCalls, registration, startRegisterTest } from './support.js';
import { contractOperation } from '../support/contract.js';

let api: TestApi;
let calls: ReturnType<typeof registerCalls>;
let moderator: string;
let approvedOwner: string;
let account = 0;

beforeAll(async () => {
  ({ api, calls, moderator } = await startRegisterTest());
  approvedOwner = await api.token('association', 'account-validation-approved');
  const id = (await calls.register(approvedOwner, registration())).body.data!.registerAssociation.id;
  await calls.approve(moderator, id);
});

const day = 24 * 60 * 60 * 1000;
const long = (length: number) => 'x'.repeat(length);

const registrationCases: [string, Record<string, unknown>, string][] = [
  ['an empty name', { name: ' ' }, 'input.name'],
  ['a name over 120 characters', { name: long(121) }, 'input.name'],
  ['a malformed organisation number', { organisationNumber: '12345-678' }, 'input.organisationNumber'],
  [
    'an organisation number with a wrong check digit',
    { organisationNumber: '802400-1234' },
    'input.organisationNumber',
  ],
  ['a description over 2000 characters', { description: long(2001) }, 'input.description'],
  ['no district', { districts: [] }, 'input.districts'],
  ['a district that does not exist', { districts: ['atlantis'] }, 'input.districts'],
  ['a malformed district slug', { districts: ['Alby Centrum'] }, 'input.districts[0]'],
  ['an http website', { website: 'http://insecure.example.org' }, 'input.website'],
  ['a website that is no address', { website: 'our website' }, 'input.website'],
  ['a malformed e-mail', { email: 'info(at)example.org' }, 'input.email'],
  ['a contact without e-mail', { contactPerson: { name: 'Tessa Test', email: 'nope' } }, 'input.contactPerson.email'],
  [
    'a contact phone with letters',
    { contactPerson: { name: 'Tessa Test', email: 'tessa@example.org', phone: 'call me' } },
    'input.contactPerson.phone',
  ],
  [
    'a one-letter contact name',
    { contactPerson: { name: 'T', email: 'tessa@example.org' } },
    'input.contactPerson.name',
  ],
  ['a short idempotency key', { idempotencyKey: 'x' }, 'input.idempotencyKey'],
];

describe('registerAssociation refuses', () => {
  it.each(registrationCases)('%s with BAD_USER_INPUT on the field, creating nothing', async (_, override, field) => {
    const token = await api.token('association', `account-invalid-${account++}`);
    const response = await calls.register(token, registration(override));
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors![0]!.extensions!.field).toBe(field);
    expect((await calls.mine(token)).body.data!.viewer.association).toBeNull();
  });

  it('an organisation number that is already registered, with CONFLICT on the field', async () => {
    const input = registration();
    await calls.register(await api.token('association', `account-invalid-${account++}`), input);
    const response = await calls.register(await api.token('association', `account-invalid-${account++}`), {
      ...input,
      idempotencyKey: 'another-key-123',
    });
    expect(response.body.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.organisationNumber' });
  });

  it('accepts an organisation number without its hyphen and stores it as NNNNNN-NNNN', async () => {
    const number = registration().organisationNumber as string;
    const response = await calls.register(
      await api.token('association', `account-invalid-${account++}`),
      registration({ organisationNumber: number.replace('-', '') }),
    );
    expect(response.body.data!.registerAssociation.organisationNumber).toBe(number);
  });
});

// One instant for every case: two separate Date.now() calls may differ by a millisecond.
const now = Date.now();
const at = (offset: number) => new Date(now + offset).toISOString();

const activityCases: [string, Record<string, unknown>, string][] = [
  ['a start in the past', { startsAt: at(-day), endsAt: at(day) }, 'input.startsAt'],
  ['an end before the start', { startsAt: at(2 * day), endsAt: at(day) }, 'input.endsAt'],
  ['an end equal to the start', { startsAt: at(2 * day), endsAt: at(2 * day) }, 'input.endsAt'],
  ['an activity longer than 14 days', { startsAt: at(day), endsAt: at(20 * day) }, 'input.endsAt'],
  ['a start that is no date', { startsAt: 'next friday' }, 'input.startsAt'],
  ['a district that does not exist', { district: 'atlantis' }, 'input.district'],
  ['an http registration address', { registrationUrl: 'http://example.org/anmalan' }, 'input.registrationUrl'],
  ['a two-letter title', { title: 'Hi' }, 'input.title'],
  ['a language that is no ISO 639-1 code', { languages: ['swedish'] }, 'input.languages[0]'],
  ['no target group', { targetGroups: [] }, 'input.targetGroups'],
  ['a target group outside the list', { targetGroups: ['ROBOTS'] }, 'input.targetGroups[0]'],
  ['a location without a name', { location: { name: '', address: 'Gatan 1' } }, 'input.location.name'],
];

describe('submitActivity refuses', () => {
  it.each(activityCases)('%s with BAD_USER_INPUT on the field, creating nothing', async (_, override, field) => {
    const response = await calls.submit(approvedOwner, activityInput(override));
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors![0]!.extensions!.field).toBe(field);
    expect((await calls.mine(approvedOwner)).body.data!.viewer.association.activities.edges).toEqual([]);
  });
});

describe('moderation refuses', () => {
  it('a rejection without a reason, on the field reason', async () => {
    const token = await api.token('association', `account-invalid-${account++}`);
    const id = (await calls.register(token, registration())).body.data!.registerAssociation.id;
    const response = await calls.reject(moderator, id, ' ');
    expect(response.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await calls.mine(token)).body.data!.viewer.association.status).toBe('PENDING');
  });

  it('an unknown id with NOT_FOUND', async () => {
    expect(errorCodes(await calls.approve(moderator, 'no-such-association'))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await calls.publish(moderator, 'no-such-activity'))).toEqual(['NOT_FOUND']);
  });
});

describe('error messages in the language the request asks for', () => {
  const swedish = { acceptLanguage: 'sv-SE,sv;q=0.9,en;q=0.8' };
  const ask = (name: string, variables: Record<string, unknown>, token: string, acceptLanguage?: string) =>
    api.graphql(contractOperation(name), variables, { token, ...(acceptLanguage ? { acceptLanguage } : {}) });

  it('answers a Swedish browser in Swedish and others in English, with the same code and field', async () => {
    const token = await api.token('association', `account-invalid-${account++}`);
    const input = { input: registration({ organisationNumber: '802400-1234' }) };
    const inSwedish = await ask('RegisterAssociation', input, token, swedish.acceptLanguage);
    const inEnglish = await ask('RegisterAssociation', input, token);
    for (const response of [inSwedish, inEnglish])
      expect(response.body.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.organisationNumber',
      });
    expect(inSwedish.body.errors![0]!.message).toBe('input.organisationNumber har en felaktig kontrollsiffra');
    expect(inEnglish.body.errors![0]!.message).toBe('input.organisationNumber has an invalid check digit');
    // zod's own checks in Swedish too (a name of one space is too short once trimmed).
    const shortName = await ask('RegisterAssociation', { input: registration({ name: ' ' }) }, token, 'sv');
    expect(shortName.body.errors![0]!.message).toMatch(/^input\.name .*(för|minst)/);
  });

  it('says a refusal of the domain in Swedish: a moderator-only decision asked by an association', async () => {
    const token = await api.token('association', `account-invalid-${account++}`);
    const response = await ask('ApproveAssociation', { id: 'x', expectedVersion: 1 }, token, 'sv');
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.body.errors![0]!.message).toBe('Endast moderatorer får fatta beslut om registret.');
    const english = await ask('ApproveAssociation', { id: 'x', expectedVersion: 1 }, token, 'en-GB,sv;q=0.5');
    expect(english.body.errors![0]!.message).toBe('Only moderators may decide on the register.');
  });
});
