import { randomUUID } from 'node:crypto';
import { contractOperation } from '../support/contract.js';
import { createTestApi, type TestApi } from '../support/api.js';
import { seedSample } from '../support/seed.js';
import { withCheckDigit } from '../support/organisation-number.js';

export { withCheckDigit };

/** Valid inputs of the register's mutations, with a fresh idempotency key each time. */
let organisationNumberSeed = 0;

/** A valid organisation number (check digit by Luhn), different on each call. */
export function organisationNumber(): string {
  return withCheckDigit(
    `80${String(2000000 + ((organisationNumberSeed++ * 7919 + Date.now()) % 7000000)).padStart(7, '0')}`.slice(0, 9),
  );
}

export const registration = (overrides: Record<string, unknown> = {}) => ({
  name: 'Testföreningen',
  organisationNumber: organisationNumber(),
  description: 'En förening i ett test.',
  districts: ['alby'],
  email: 'info@test.example.org',
  website: 'https://test.example.org',
  contactPerson: { name: 'Tessa Test', email: 'tessa@test.example.org', phone: '+46 70 000 00 00' },
  idempotencyKey: randomUUID(),
  ...overrides,
});

const day = 24 * 60 * 60 * 1000;

export const activityInput = (overrides: Record<string, unknown> = {}) => {
  const start = new Date(Date.now() + 7 * day);
  return {
    title: 'Läxhjälp (test)',
    description: 'Öppen läxhjälp.',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * 60 * 60 * 1000).toISOString(),
    location: { name: 'Biblioteket', address: 'Exempeltorget 1' },
    district: 'alby',
    targetGroups: ['YOUTH'],
    languages: ['sv', 'ar'],
    registrationUrl: 'https://test.example.org/anmalan',
    idempotencyKey: randomUUID(),
    ...overrides,
  };
};

/**
 * Calls for the tests: the contract's operations through the Lambda handler. A moderator's decision names the
 * version decided on; left out, it is the version a moderator reads at that moment (as the moderation queue
 * would show it; a submitted activity is always at version 1), so that a test of something else decides on
 * what is there.
 */
export function registerCalls(api: TestApi) {
  const call = (name: string, variables: Record<string, unknown>, token?: string) =>
    api.graphql(contractOperation(name), variables, token ? { token } : {});
  let moderatorToken: Promise<string> | undefined;
  const seenVersion = async (id: string): Promise<number> => {
    moderatorToken ??= api.token('moderator');
    const read = await api.graphql(
      'query SeenVersion($id: ID!) { association(id: $id) { version } }',
      { id },
      { token: await moderatorToken },
    );
    return read.body.data?.association?.version ?? 1;
  };
  const version = async (id: string, expectedVersion: number | undefined) => expectedVersion ?? (await seenVersion(id));
  return {
    register: (token: string | undefined, input: Record<string, unknown>) =>
      call('RegisterAssociation', { input }, token),
    update: (token: string | undefined, id: string, expectedVersion: number, input: Record<string, unknown>) =>
      call('UpdateAssociation', { id, expectedVersion, input }, token),
    seenVersion,
    approve: async (token: string | undefined, id: string, expectedVersion?: number) =>
      call('ApproveAssociation', { id, expectedVersion: await version(id, expectedVersion) }, token),
    reject: async (token: string | undefined, id: string, reason = 'Stadgar saknas.', expectedVersion?: number) =>
      call('RejectAssociation', { id, reason, expectedVersion: await version(id, expectedVersion) }, token),
    suspend: async (
      token: string | undefined,
      id: string,
      reason = 'Tillfälligt avstängd.',
      expectedVersion?: number,
    ) =>
      api.graphql(
        'mutation Suspend($id: ID!, $expectedVersion: Int!, $reason: String!) { suspendAssociation(id: $id, expectedVersion: $expectedVersion, reason: $reason) { id status moderationNote } }',
        { id, reason, expectedVersion: await version(id, expectedVersion) },
        token ? { token } : {},
      ),
    approveChange: async (token: string | undefined, id: string, expectedVersion?: number) =>
      call('ApproveAssociationChange', { id, expectedVersion: await version(id, expectedVersion) }, token),
    rejectChange: async (
      token: string | undefined,
      id: string,
      reason = 'Namnet är vilseledande.',
      expectedVersion?: number,
    ) => call('RejectAssociationChange', { id, reason, expectedVersion: await version(id, expectedVersion) }, token),
    submit: (token: string | undefined, input: Record<string, unknown>) => call('SubmitActivity', { input }, token),
    cancel: (token: string | undefined, id: string) => call('CancelActivity', { id }, token),
    publish: (token: string | undefined, id: string, expectedVersion = 1) =>
      call('PublishActivity', { id, expectedVersion }, token),
    rejectActivity: (token: string | undefined, id: string, reason = 'Fel datum.', expectedVersion = 1) =>
      call('RejectActivity', { id, reason, expectedVersion }, token),
    mine: (token: string) => call('MyAssociation', {}, token),
    publicAssociations: () => call('Associations', {}),
  };
}

/**
 * What a register test starts from: the API with the sample content, the register's calls and a moderator's
 * token (`moderatorSubject` names the moderator where a test reads who decided).
 */
export async function startRegisterTest(moderatorSubject?: string) {
  const api = await createTestApi();
  await seedSample(api);
  const calls = registerCalls(api);
  const moderator = await api.token('moderator', moderatorSubject);
  return { api, calls, moderator };
}
