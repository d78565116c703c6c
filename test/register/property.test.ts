import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { contractErrorCodes } from '../../functions/server/errors.js';
import { registrationIdOf } from '../../functions/training/context.js';
import { assertNoInternals, createTestApi, type TestApi } from '../support/api.js';
import { contractOperation } from '../support/contract.js';
import { seedSample } from '../support/seed.js';
import { activityInput, registerCalls, registration } from './support.js';

/**
 * Random input to every mutation, from random callers: never an HTTP 500, never an error outside the
 * contract's codes or with internals, and never a partial write (checked on the whole table afterwards).
 */
let api: TestApi;
let tokens: (string | undefined)[];
let knownIds: string[];

beforeAll(async () => {
  api = await createTestApi();
  await seedSample(api);
  const calls = registerCalls(api);
  const moderator = await api.token('moderator');
  const owner = await api.token('association', 'account-property-owner');
  const associationId = (await calls.register(owner, registration())).body.data!.registerAssociation.id;
  await calls.approve(moderator, associationId);
  const activityId = (await calls.submit(owner, activityInput())).body.data!.submitActivity.id;
  knownIds = [associationId, activityId, 'a-unga-i-alby', 'act-dialogkvall-2'];
  tokens = [
    undefined,
    owner,
    moderator,
    await api.token('staff'),
    await api.token('association', 'account-property-a'),
    await api.token('association', 'account-property-b'),
  ];
});

const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    'alby',
    'https://example.org',
    'a@b.se',
    '802400-1235',
    '5560360793',
    '2030-01-01T10:00:00Z',
    'x'.repeat(3000),
  ),
);
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  anyText,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(anyText, { maxLength: 4 }),
);
/** A decision's version: mostly plausible, sometimes not a number at all. */
const anyVersion = fc.oneof(fc.integer({ min: -1, max: 4 }), anyValue);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const day = 24 * 60 * 60 * 1000;
const anyDate = fc.oneof(
  fc.integer({ min: -30, max: 60 }).map((days) => new Date(Date.now() + days * day).toISOString()),
  anyText,
);

const registrationInput = fc.record({
  name: maybe(anyValue),
  organisationNumber: maybe(fc.oneof(anyText, fc.constant(registration().organisationNumber))),
  description: maybe(anyValue),
  districts: maybe(fc.oneof(fc.array(fc.constantFrom('alby', 'fittja', 'atlantis', ''), { maxLength: 3 }), anyValue)),
  email: maybe(anyValue),
  website: maybe(anyValue),
  contactPerson: maybe(fc.oneof(fc.record({ name: anyValue, email: anyValue, phone: maybe(anyValue) }), anyValue)),
  idempotencyKey: maybe(fc.oneof(anyText, fc.uuid())),
});

const activity = fc.record({
  title: maybe(anyValue),
  description: maybe(anyValue),
  startsAt: maybe(anyDate),
  endsAt: maybe(anyDate),
  location: maybe(fc.oneof(fc.record({ name: anyValue, address: maybe(anyValue) }), anyValue)),
  district: maybe(fc.oneof(fc.constantFrom('alby', 'atlantis'), anyValue)),
  targetGroups: maybe(fc.oneof(fc.array(fc.constantFrom('YOUTH', 'PARENTS', 'ROBOTS'), { maxLength: 3 }), anyValue)),
  languages: maybe(anyValue),
  registrationUrl: maybe(anyValue),
  idempotencyKey: maybe(fc.oneof(anyText, fc.uuid())),
});

const anyId = () => fc.oneof(fc.constantFrom(...knownIds), anyText);
const caller = () => fc.constantFrom(...tokens);

type Call = { operation: string; variables: Record<string, unknown>; token: string | undefined };
/** The contract's `operation` with the variables `variables` gives, from a random caller. */
const call = (operation: string, variables: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Call> =>
  fc.record({ operation: fc.constant(operation), variables, token: caller() });
/** The variables of a mutation that takes one `input`. */
const asInput = <Input>(input: fc.Arbitrary<Input>) => input.map((value) => ({ input: value }));
/** A moderator's decision: on an id, naming a version; a rejection gives a reason too. */
const decision = () => fc.record({ id: anyId(), expectedVersion: anyVersion });
const rejection = () => fc.record({ id: anyId(), expectedVersion: anyVersion, reason: anyValue });
const calls = (): fc.Arbitrary<Call> =>
  fc.oneof(
    call('RegisterAssociation', asInput(registrationInput)),
    call(
      'UpdateAssociation',
      fc.record({
        id: anyId(),
        expectedVersion: fc.oneof(fc.integer({ min: -2, max: 4 }), anyValue),
        input: registrationInput,
      }),
    ),
    call('ApproveAssociation', decision()),
    call('RejectAssociation', rejection()),
    call('ApproveAssociationChange', decision()),
    call('RejectAssociationChange', rejection()),
    call('SubmitActivity', asInput(activity)),
    call('CancelActivity', fc.record({ id: anyId() })),
    call('PublishActivity', decision()),
    call('RejectActivity', rejection()),
  );

async function everyItem(): Promise<Record<string, any>[]> {
  const items: Record<string, any>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    // A test may scan its own table; no request path does.
    const page = await api.db.client.send(
      new ScanCommand({ TableName: api.config.dynamo.tableName, ExclusiveStartKey }),
    );
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

describe('random input to every mutation', () => {
  it('is answered with the contract, never with a 500 or a partial write', async () => {
    await fc.assert(
      fc.asyncProperty(calls(), async ({ operation, variables, token }) => {
        const response = await api.graphql(contractOperation(operation), variables, token ? { token } : {});
        assertNoInternals(response);
        expect(response.status).toBeLessThan(500);
        for (const error of response.body.errors ?? [])
          expect(contractErrorCodes.has(String(error.extensions?.code)), JSON.stringify(error)).toBe(true);
      }),
      // A few in every run; PROPERTY_RUNS chooses more (300 were the default before CI's time grew).
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );

    const items = await everyItem();
    const of = (entity: string) => items.filter((item) => item.__edb_e__ === entity);
    const associations = new Map(of('association').map((item) => [item.id, item]));
    const activities = new Map(of('activity').map((item) => [item.id, item]));
    for (const association of associations.values()) {
      const guards = of('uniqueValue').filter((guard) => guard.associationId === association.id);
      expect(guards.map((guard) => guard.kind).sort(), association.id).toEqual(['account', 'organisationNumber']);
    }
    for (const guard of of('uniqueValue'))
      expect(associations.has(guard.associationId), JSON.stringify(guard)).toBe(true);
    // The example trainings' registrations keep their idempotency records too (training/registrations.ts).
    const registrations = new Set(
      of('trainingRegistration').map((item) => registrationIdOf(item as { trainingKey: string; ticket: string })),
    );
    for (const record of of('idempotencyRecord'))
      expect(
        associations.has(record.resultId) || activities.has(record.resultId) || registrations.has(record.resultId),
        JSON.stringify(record),
      ).toBe(true);
    for (const item of activities.values()) expect(associations.has(item.associationId)).toBe(true);
  }, 240_000);
});
