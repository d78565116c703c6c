import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { publish } from '../../functions/read-model/publish.js';
import { assertNoInternals, TENANT, type GraphqlResponse, type TestApi } from '../support/api.js';
import { contractOperation } from '../support/contract.js';
import { registration } from '../register/support.js';
import { retryUntilAcknowledged, sawOf, type Attempt, type ClientRun } from './retrying-client.js';
import { itemsOf, lostAndDuplicated } from './table-census.js';

/**
 * A burst of the writes users and editors make, each by a client that retries a refusal as a frontend (same
 * idempotency key) or the CMS's job (same revision) or a moderator (same expected version, reloading on a
 * CONFLICT) would: publishes as the CMS calls publish(), association and training registrations and
 * moderation decisions through the Lambda handler. Afterwards `census` counts in the table what was lost or
 * written twice.
 */
export interface WriteBurst {
  writes: (() => Promise<ClientRun>)[];
  /** Every write's effect in the table once: what is missing and what is there twice. */
  census(): Promise<{ lost: number; duplicates: number }>;
  /** Reads each published training through the API as staff: its title as published. */
  publishedAsWritten(): Promise<void>;
}

const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();
const trainingDocument = (key: string, title: string) => ({
  type: 'training',
  key,
  revision: 1,
  visibility: 'INTERNAL',
  title: { sv: title },
  startsAt: inDays(10),
  endsAt: inDays(10.1),
  audience: 'FIRST_LINE_STAFF',
  capacity: 100,
});

/** A refused GraphQL write must show an error and nothing else: no data for the field, no internals. */
export function refusedOrDone(response: GraphqlResponse, field: string): Attempt {
  assertNoInternals(response);
  const value = response.body.data?.[field];
  if (value) {
    // The write was done; a field inside its answer that the store could not read meanwhile (a training's
    // seats left) is null with an error of its own at that path: GraphQL's partial answer, not a wrong one.
    for (const error of response.body.errors ?? []) {
      expect(error.path?.length ?? 0, `${field} answered data beside an error of its own`).toBeGreaterThan(1);
      expect(error.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    }
    return { done: true };
  }
  expect(value ?? null, `a refused ${field} answered data beside its error`).toBeNull();
  expect(response.body.errors?.length, `${field} answered neither data nor an error`).toBeGreaterThan(0);
  const retryable = response.body.errors!.every((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE');
  return { done: false, saw: sawOf(response), final: !retryable };
}

/** Prepares a burst of `perKind` writes of each kind under `prefix` (the training and the associations to decide on). */
export async function prepareWriteBurst(
  api: TestApi,
  prefix: string,
  perKind: number,
  deadline: () => number,
): Promise<WriteBurst> {
  const moderator = await api.token('moderator', `${prefix}-moderator`);
  const staff = (sub: string) =>
    api.token('staff', sub, undefined, { name: `Person ${sub}`, email: `${sub}@example.org` });
  const trainingKey = `${prefix}-training`;
  await publish(api.db, TENANT, trainingDocument(trainingKey, `Utbildning ${prefix} (test)`));
  const pending: string[] = [];
  for (let index = 0; index < perKind; index++) {
    const token = await api.token('association', `${prefix}-pending-${index}`);
    const input = registration({ name: `Väntande förening ${prefix} ${index}` });
    const run = await retryUntilAcknowledged(
      `setup ${index}`,
      async () =>
        refusedOrDone(
          await api.graphql(contractOperation('RegisterAssociation'), { input }, { token }),
          'registerAssociation',
        ),
      () => Date.now() + 30_000,
    );
    expect(run.acknowledgedAt).toBeDefined();
    const mine = await api.graphql(contractOperation('MyAssociation'), {}, { token });
    pending.push(mine.body.data!.viewer.association.id);
  }
  const publishes = Array.from({ length: perKind }, (_, index) => `${prefix}-page-${index}`);
  const associations = Array.from({ length: perKind }, (_, index) => ({
    sub: `${prefix}-account-${index}`,
    input: registration({ name: `Förening ${prefix} ${index}` }),
  }));
  const trainees = Array.from({ length: perKind }, (_, index) => ({
    sub: `${prefix}-staff-${index}`,
    key: randomUUID(),
  }));
  const titleOf = (key: string) => `Publicerad ${key}`;

  const writes: (() => Promise<ClientRun>)[] = [
    ...publishes.map(
      (key) => () =>
        retryUntilAcknowledged(
          `publish ${key}`,
          async () => {
            try {
              await publish(api.db, TENANT, trainingDocument(key, titleOf(key)));
              return { done: true };
            } catch (error) {
              // The CMS's job sees this and retries it (its backoff); the editor sees the sync line's "retrying".
              return { done: false, saw: `publish threw ${(error as Error).name}` };
            }
          },
          deadline,
        ),
    ),
    ...associations.map(({ sub, input }) => async () => {
      const token = await api.token('association', sub);
      return retryUntilAcknowledged(
        `registerAssociation ${sub}`,
        async () =>
          refusedOrDone(
            await api.graphql(contractOperation('RegisterAssociation'), { input }, { token }),
            'registerAssociation',
          ),
        deadline,
      );
    }),
    ...trainees.map(({ sub, key }) => async () => {
      const token = await staff(sub);
      return retryUntilAcknowledged(
        `registerForTraining ${sub}`,
        async () =>
          refusedOrDone(
            await api.graphql(
              contractOperation('RegisterForTraining'),
              { trainingId: trainingKey, department: 'socialforvaltningen', idempotencyKey: key },
              { token },
            ),
            'registerForTraining',
          ),
        deadline,
      );
    }),
    ...pending.map(
      (id) => () =>
        retryUntilAcknowledged(
          `approveAssociation ${id}`,
          async () => {
            const response = await api.graphql(
              contractOperation('ApproveAssociation'),
              { id, expectedVersion: 1 },
              { token: moderator },
            );
            // A decision that went through while its answer was lost: the retry is a CONFLICT, and the
            // moderator, reloading, sees it approved.
            if (response.body.errors?.[0]?.extensions?.code === 'CONFLICT') {
              const read = await api.graphql(
                'query A($id: ID!) { association(id: $id) { status } }',
                { id },
                { token: moderator },
              );
              if (read.body.data?.association?.status === 'APPROVED') return { done: true };
            }
            return refusedOrDone(response, 'approveAssociation');
          },
          deadline,
        ),
    ),
  ];

  return {
    writes,
    async census() {
      const trainings = (await itemsOf(api.db, 'training')).map((item) => item.key as string);
      const numbers = associations.map(({ input }) => input.organisationNumber as string);
      const registered = (await itemsOf(api.db, 'association')).map((item) => item.organisationNumber as string);
      const registrations = (await itemsOf(api.db, 'trainingRegistration'))
        .filter((item) => item.trainingKey === trainingKey)
        .map((item) => item.subject as string);
      const approvals = (await itemsOf(api.db, 'registerDecision'))
        .filter((item) => item.action === 'ASSOCIATION_APPROVED' && pending.includes(item.associationId))
        .map((item) => item.associationId as string);
      const counts = [
        lostAndDuplicated(
          publishes,
          trainings.filter((key) => publishes.includes(key)),
        ),
        lostAndDuplicated(
          numbers,
          registered.filter((number) => numbers.includes(number)),
        ),
        lostAndDuplicated(
          trainees.map(({ sub }) => sub),
          registrations,
        ),
        lostAndDuplicated(pending, approvals),
      ];
      return {
        lost: counts.reduce((sum, count) => sum + count.lost, 0),
        duplicates: counts.reduce((sum, count) => sum + count.duplicates, 0),
      };
    },
    async publishedAsWritten() {
      const reader = await staff(`${prefix}-reader`);
      for (const key of publishes) {
        const read = await api.graphql(
          'query T($id: ID!) { training(id: $id) { title } }',
          { id: key },
          { token: reader },
        );
        expect(read.body.data?.training?.title).toBe(titleOf(key));
      }
    },
  };
}
