import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDynamoLocal, type DynamoLocal } from '../../functions/local/dynamodb-local.js';
import { publish } from '../../functions/read-model/publish.js';
import { assertNoInternals, createTestApi, TENANT, type GraphqlResponse, type TestApi } from '../support/api.js';
import { contractOperation } from '../support/contract.js';
import { freePort } from '../support/free-port.js';
import { seedSample } from '../support/seed.js';
import { registration } from '../register/support.js';
import { recordFaultRow } from './matrix.js';
import { retryUntilAcknowledged, sawOf, type Attempt, type ClientRun } from './retrying-client.js';
import { itemsOf, lostAndDuplicated } from './table-census.js';

/**
 * Real outages of the parts Värna depends on, caused here: DynamoDB Local stopped and started again during a
 * burst of writes. This file runs a DynamoDB Local of its own, on disk (the run's shared one is in memory and
 * other files use it), so that a stop keeps what was written before it.
 */
let dynamo: DynamoLocal;
let dynamoPort: number;
const dynamoPath = mkdtempSync(join(tmpdir(), 'varna-faults-dynamo-'));
let api: TestApi;

beforeAll(async () => {
  dynamoPort = await freePort();
  dynamo = await startDynamoLocal({ port: dynamoPort, path: dynamoPath });
  api = await createTestApi({}, dynamo.endpoint);
  await seedSample(api);
}, 180_000);

afterAll(async () => {
  await dynamo?.stop();
});

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
function refusedOrDone(response: GraphqlResponse, field: string): Attempt {
  assertNoInternals(response);
  const value = response.body.data?.[field];
  if (value && !response.body.errors) return { done: true };
  expect(value ?? null, `a refused ${field} answered data beside its error`).toBeNull();
  expect(response.body.errors?.length, `${field} answered neither data nor an error`).toBeGreaterThan(0);
  return { done: false, saw: sawOf(response) };
}

describe('DynamoDB stopped and started again during a burst of publishes, registrations and decisions', () => {
  it('refuses with a clear error while it is down, and afterwards holds every write once', async () => {
    const moderator = await api.token('moderator', 'fault-moderator');
    const staff = (sub: string) =>
      api.token('staff', sub, undefined, { name: `Person ${sub}`, email: `${sub}@example.org` });
    await publish(api.db, TENANT, trainingDocument('fault-burst-training', 'Utbildning under avbrottet (test)'));
    // Associations waiting for a decision, registered before the outage.
    const pending: { id: string; version: number }[] = [];
    for (let index = 0; index < 6; index++) {
      const token = await api.token('association', `fault-pending-${index}`);
      const answer = await api.graphql(
        contractOperation('RegisterAssociation'),
        { input: registration({ name: `Väntande förening ${index}` }) },
        { token },
      );
      pending.push({ id: answer.body.data!.registerAssociation.id, version: 1 });
    }

    // The burst: 24 writes, one started every 100 ms; DynamoDB is stopped 0.5 s in and started again once
    // every write has been refused at least once or has finished.
    let faultEndedAt = Number.POSITIVE_INFINITY;
    const deadline = () => faultEndedAt + 60_000;
    const publishes = Array.from({ length: 6 }, (_, index) => `fault-burst-page-${index}`);
    const associationInputs = Array.from({ length: 6 }, (_, index) => ({
      sub: `fault-burst-account-${index}`,
      input: registration({ name: `Förening under avbrottet ${index}` }),
    }));
    const trainees = Array.from({ length: 6 }, (_, index) => ({
      sub: `fault-burst-staff-${index}`,
      key: randomUUID(),
    }));
    const writes: (() => Promise<ClientRun>)[] = [
      ...publishes.map(
        (key) => () =>
          retryUntilAcknowledged(
            `publish ${key}`,
            async () => {
              try {
                await publish(api.db, TENANT, trainingDocument(key, `Publicerad under avbrottet ${key}`));
                return { done: true };
              } catch (error) {
                // The CMS's job sees this and retries (its backoff); an editor sees the sync line's "retrying".
                return { done: false, saw: `publish threw ${(error as Error).name}` };
              }
            },
            deadline,
          ),
      ),
      ...associationInputs.map(({ sub, input }) => async () => {
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
                { trainingId: 'fault-burst-training', department: 'socialforvaltningen', idempotencyKey: key },
                { token },
              ),
              'registerForTraining',
            ),
          deadline,
        );
      }),
      ...pending.map(
        ({ id, version }) =>
          () =>
            retryUntilAcknowledged(
              `approveAssociation ${id}`,
              async () => {
                const response = await api.graphql(
                  contractOperation('ApproveAssociation'),
                  { id, expectedVersion: version },
                  { token: moderator },
                );
                // A decision whose answer was lost in the outage and that went through: its retry is a CONFLICT,
                // and the moderator, reloading, sees it approved.
                if (response.body.errors?.[0]?.extensions?.code === 'CONFLICT') {
                  const read = await api.graphql(
                    'query A($id: ID!) { association(id: $id) { status } }',
                    { id },
                    {
                      token: moderator,
                    },
                  );
                  if (read.body.data?.association?.status === 'APPROVED') return { done: true };
                }
                return refusedOrDone(response, 'approveAssociation');
              },
              deadline,
            ),
      ),
    ];
    const silenced = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const runs: Promise<ClientRun>[] = [];
    const started = Date.now();
    const outage = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await dynamo.stop();
      // Down long enough for every write of the burst to have met the outage or finished.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const restarting = Date.now();
      dynamo = await startDynamoLocal({ port: dynamoPort, path: dynamoPath });
      faultEndedAt = Date.now();
      console.log(`DynamoDB Local restarted in ${faultEndedAt - restarting} ms`);
    })();
    for (const write of writes) {
      runs.push(write());
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await outage;
    const settled = await Promise.all(runs);
    silenced.mockRestore();

    // Every write acknowledged in the end (the client retried), and what users saw while it lasted.
    const unacknowledged = settled.filter((run) => run.acknowledgedAt === undefined).map((run) => run.label);
    expect(unacknowledged).toEqual([]);
    const refusals = settled.flatMap((run) => run.refusals);
    expect(refusals.length, 'no write met the outage').toBeGreaterThan(0);
    for (const saw of refusals.filter((text) => text.startsWith('HTTP')))
      expect(saw).toMatch(/^HTTP 503 SERVICE_UNAVAILABLE: /);
    const convergedAt = Math.max(...settled.map((run) => run.acknowledgedAt!));

    // What the table holds: every acknowledged write, once.
    const trainings = (await itemsOf(api.db, 'training')).map((item) => item.key as string);
    const associations = (await itemsOf(api.db, 'association')).map((item) => item.organisationNumber as string);
    const registrations = (await itemsOf(api.db, 'trainingRegistration'))
      .filter((item) => item.trainingKey === 'fault-burst-training')
      .map((item) => item.subject as string);
    const approvals = (await itemsOf(api.db, 'registerDecision'))
      .filter((item) => item.action === 'ASSOCIATION_APPROVED')
      .map((item) => item.associationId as string);
    const census = [
      lostAndDuplicated(
        publishes,
        trainings.filter((key) => publishes.includes(key)),
      ),
      lostAndDuplicated(
        associationInputs.map(({ input }) => input.organisationNumber as string),
        associations.filter((number) => associationInputs.some(({ input }) => input.organisationNumber === number)),
      ),
      lostAndDuplicated(
        trainees.map(({ sub }) => sub),
        registrations,
      ),
      lostAndDuplicated(
        pending.map(({ id }) => id),
        approvals,
      ),
    ];
    // And the API answers what was written: each published training, read as staff would.
    const reader = await staff('fault-reader');
    for (const key of publishes) {
      const read = await api.graphql(
        'query T($id: ID!) { training(id: $id) { title } }',
        { id: key },
        { token: reader },
      );
      expect(read.body.data?.training?.title).toBe(`Publicerad under avbrottet ${key}`);
    }
    const row = recordFaultRow({
      fault: 'DynamoDB Local stopped 3 s (+ restart) during 24 writes: publishes, registrations, decisions',
      kind: 'real',
      userSaw: `${refusals.length} refusals: ${[...new Set(refusals.map((saw) => saw.replace(/:.*/, '')))].join('; ')}`,
      converged: unacknowledged.length === 0,
      convergeMs: Math.max(0, convergedAt - faultEndedAt),
      lost: census.reduce((sum, count) => sum + count.lost, 0),
      duplicates: census.reduce((sum, count) => sum + count.duplicates, 0),
    });
    expect(row).toMatchObject({ converged: true, lost: 0, duplicates: 0 });
    expect(started).toBeLessThan(faultEndedAt);
  }, 120_000);
});
