import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadTableConfig } from '../../functions/config.js';
import { createDb, createDocumentClient } from '../../functions/data/db.js';
import { ensureTable, startDynamoLocal, type DynamoLocal } from '../../functions/local/dynamodb-local.js';
import { localSecret, localTableName, recordLocalDynamoEndpoint } from '../../functions/local/environment.js';
import { publish, unpublish } from '../../functions/read-model/publish.js';
import { personOf } from '../../functions/training/context.js';
import { registrationsOf } from '../../functions/training/reads.js';
import { createRetentionHandler } from '../../functions/training/retention-handler.js';
import { stampLegacyRolls } from '../../functions/training/legacy-rolls.js';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { assertNoInternals, createTestApi, TENANT, type TestApi } from '../support/api.js';
import { contractOperation } from '../support/contract.js';
import { freePort } from '../support/free-port.js';
import { publishSocialServices, runStaffErase, tableEnvironmentOf } from '../support/training.js';

/**
 * The privacy of training registrations in every copy (issue 27): the retention job finds what it must
 * anonymise by the registrations' rolls, not by what is published; `staff:erase` leaves no pseudonym that
 * the deployment's secret could link back to the person; and the command finds the DynamoDB Local of its
 * own data folder, never a guessed port. Through the Lambda handler, the job's handler and the command.
 */
let api: TestApi;
let coordinator: string;

const day = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * day).toISOString();
const monthsAfter = (iso: string, months: number) => {
  const date = new Date(iso);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date;
};

const training = (key: string, revision: number, startsAt: string, extra: Record<string, unknown> = {}) =>
  publish(api.db, TENANT, {
    type: 'training',
    key,
    revision,
    visibility: 'INTERNAL',
    title: { sv: `Utbildning ${key} (test)` },
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 3 * 60 * 60 * 1000).toISOString(),
    audience: 'FIRST_LINE_STAFF',
    capacity: 10,
    ...extra,
  });

const staffToken = (sub: string) =>
  api.token('staff', sub, undefined, { name: `Person ${sub}`, email: `${sub}@example.org` });

async function ok<T = any>(operation: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const response = await api.graphql(contractOperation(operation), variables, { token });
  assertNoInternals(response);
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data as T;
}

let keys = 0;
const register = async (trainingId: string, sub: string) =>
  (
    await ok(
      'RegisterForTraining',
      { trainingId, department: 'socialforvaltningen', idempotencyKey: `privacy-${++keys}-${Date.now()}` },
      await staffToken(sub),
    )
  ).registerForTraining;

const retentionJob = (now: Date) =>
  createRetentionHandler(
    loadTableConfig({
      VARNA_TABLE_NAME: api.config.dynamo.tableName,
      DYNAMODB_ENDPOINT: api.config.dynamo.endpoint,
      VARNA_LOG_LEVEL: 'SILENT',
    }),
    24,
    () => now,
  )();

/** A roll's table key, as ElectroDB writes it. */
const rollKey = (trainingKey: string) =>
  api.db.entities.trainingRoll.get({ tenant: TENANT, trainingKey }).params<{ Key: Record<string, string> }>().Key;

/** Every registration item of the table, whatever training it is of (what a copy of the table would show). */
async function allRegistrations() {
  const { data } = await api.db.entities.trainingRegistration.scan.go({ pages: 'all' });
  return data;
}

beforeAll(async () => {
  api = await createTestApi();
  await publishSocialServices(api);
  coordinator = await api.token('coordinator', 'coordinator-privacy');
});

describe('the retention job, driven by the rolls', () => {
  it('anonymises the registrations of a training unpublished after people registered; meanwhile their own lists answer without it', async () => {
    const startsAt = inDays(10);
    await training('withdrawn', 1, startsAt);
    for (const sub of ['w1', 'w2', 'w3']) expect((await register('withdrawn', sub)).status).toBe('REGISTERED');
    await unpublish(api.db, TENANT, 'training', 'withdrawn');

    // The registrations wait for the job; their people's lists answer (no INTERNAL_SERVER_ERROR) without the withdrawn training.
    expect((await ok('MyTrainings', {}, await staffToken('w1'))).viewer.trainingRegistrations).toEqual([]);

    expect(await retentionJob(monthsAfter(startsAt, 23))).toEqual({ trainings: 0, registrations: 0 });
    expect(await retentionJob(monthsAfter(startsAt, 25))).toEqual({ trainings: 1, registrations: 3 });
    const registrations = await registrationsOf({ db: api.db, tenant: TENANT }, 'withdrawn', { consistent: true });
    expect(registrations).toHaveLength(3);
    for (const registration of registrations) {
      expect(registration).not.toHaveProperty('name');
      expect(registration).not.toHaveProperty('email');
      expect(registration.subject).toMatch(/^anonymised:/);
    }
  });

  it('finds a training unpublished before rolls carried its end, once the rolls of that time are stamped (npm run training:stamp-rolls)', async () => {
    const startsAt = inDays(8);
    await training('legacy', 1, startsAt);
    for (const sub of ['l1', 'l2']) await register('legacy', sub);
    // As rolls were written before this release: no end, so not in the retention job's index.
    await api.db.client.send(
      new UpdateCommand({
        TableName: api.config.dynamo.tableName,
        Key: rollKey('legacy'),
        UpdateExpression: 'REMOVE endsAt, gsi1pk, gsi1sk',
      }),
    );
    await unpublish(api.db, TENANT, 'training', 'legacy');
    expect(await retentionJob(monthsAfter(startsAt, 25))).toEqual({ trainings: 0, registrations: 0 });

    expect(await stampLegacyRolls({ db: api.db, tenant: TENANT })).toEqual({ stamped: 1, fromRegistrations: 1 });
    expect(await stampLegacyRolls({ db: api.db, tenant: TENANT })).toEqual({ stamped: 0, fromRegistrations: 0 });
    expect(await retentionJob(monthsAfter(startsAt, 25))).toEqual({ trainings: 1, registrations: 2 });
  });

  it('keeps the registrations of a training moved later, until the new end is past the retention time', async () => {
    const firstStart = inDays(12);
    await training('moved', 1, firstStart);
    await register('moved', 'm1');
    const laterStart = monthsAfter(firstStart, 30).toISOString();
    await training('moved', 2, laterStart);

    expect(await retentionJob(monthsAfter(firstStart, 25))).toEqual({ trainings: 0, registrations: 0 });
    expect((await registrationsOf({ db: api.db, tenant: TENANT }, 'moved'))[0]).toMatchObject({ name: 'Person m1' });
    // The roll follows the training's new end: unpublished now, it is still anonymised on time.
    await unpublish(api.db, TENANT, 'training', 'moved');
    expect(await retentionJob(monthsAfter(laterStart, 25))).toMatchObject({ trainings: 1, registrations: 1 });
  });
});

describe('erasure on request (npm run staff:erase)', () => {
  it('replaces the person’s pseudonym on every registration and roll, anonymised ones included, keeping coverage', async () => {
    const heldStart = inDays(5);
    await training('held', 1, heldStart);
    const eva = await register('held', 'eva');
    const olle = await register('held', 'olle');
    // The training takes place; the coordinator records who came.
    await training('held', 2, inDays(-1));
    for (const registration of [eva, olle])
      await ok('RecordAttendance', { registrationId: registration.id, attended: true }, coordinator);
    const window = { from: inDays(-30), to: inDays(1) };
    const coverage = async () => (await ok('TrainingCoverage', window, coordinator)).trainingCoverage;
    const before = await coverage();
    expect(before).toEqual(expect.arrayContaining([expect.objectContaining({ trained: 2 })]));

    // Long after: the retention job anonymises them (the keyed pseudonym stays, so counts stay) …
    await retentionJob(monthsAfter(inDays(0), 25));
    // … and eva also registered for a training to come.
    await training('upcoming', 1, inDays(20));
    await register('upcoming', 'eva');

    const secret = api.config.cursorSecret;
    const evasPseudonym = personOf(secret, TENANT, 'eva');
    expect((await allRegistrations()).filter((registration) => registration.person === evasPseudonym)).toHaveLength(2);

    const { stdout } = await runStaffErase('eva', tableEnvironmentOf(api));
    expect(stdout).toContain('1 upcoming registration(s) cancelled, 1 registration(s) anonymised');

    // Nobody holding the secret finds eva in any copy: registrations or the roll's attendees.
    const after = await allRegistrations();
    expect(after.filter((registration) => registration.person === evasPseudonym)).toEqual([]);
    const { data: roll } = await api.db.entities.trainingRoll
      .get({ tenant: TENANT, trainingKey: 'held' })
      .go({ consistent: true });
    expect(roll!.attendees!.some((entry) => entry.startsWith(`${evasPseudonym}|`))).toBe(false);
    expect(JSON.stringify(after)).not.toContain('eva');
    // One random pseudonym for all of eva's registrations: counts of distinct people stay as they were.
    const evas = after.filter(
      (registration) =>
        ['held', 'upcoming'].includes(registration.trainingKey) &&
        registration.person !== personOf(secret, TENANT, 'olle'),
    );
    expect(new Set(evas.map((registration) => registration.person)).size).toBe(1);
    expect(await coverage()).toEqual(before);
  });

  it('refuses to run without the stage’s cursor secret, changing nothing', async () => {
    const { dynamo } = api.config;
    const failure = await runStaffErase('olle', {
      VARNA_TABLE_NAME: dynamo.tableName,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      VARNA_CURSOR_SECRET: '',
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('VARNA_CURSOR_SECRET') });
    expect(
      (await allRegistrations()).some(
        (registration) => registration.person === personOf(api.config.cursorSecret, TENANT, 'olle'),
      ),
    ).toBe(true);
  });
});

describe('the command finds the DynamoDB Local of its data folder', () => {
  const instances: DynamoLocal[] = [];
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
  });

  /**
   * A local data folder as `npm run dev` leaves it: its DynamoDB Local recorded, a registration of karin's in
   * its table. The first is the run's own DynamoDB Local (no other test uses the local table's name there),
   * the second one of its own.
   */
  async function localInstance(endpoint?: string) {
    const dataDir = mkdtempSync(join(tmpdir(), 'varna-local-'));
    const dynamo = endpoint ? { endpoint } : await startDynamoLocal({ port: await freePort() });
    if ('stop' in dynamo) instances.push(dynamo);
    await ensureTable(dynamo.endpoint, localTableName);
    recordLocalDynamoEndpoint(dataDir, dynamo.endpoint);
    const db = createDb(
      createDocumentClient({ endpoint: dynamo.endpoint, region: 'eu-north-1', tableName: localTableName }),
      localTableName,
    );
    const now = new Date().toISOString();
    await db.entities.trainingRegistration
      .put({
        tenant: TENANT,
        trainingKey: 'past',
        ticket: `${now}~karin`,
        subject: 'karin',
        person: personOf(localSecret(dataDir, 'cursor-secret'), TENANT, 'karin'),
        name: 'Karin',
        email: 'karin@example.org',
        department: 'socialforvaltningen',
        status: 'REGISTERED',
        attended: true,
        registeredAt: now,
        updatedAt: now,
      })
      .go();
    const karin = async () =>
      (
        await db.entities.trainingRegistration.query
          .byTraining({ tenant: TENANT, trainingKey: 'past' })
          .go({ consistent: true })
      ).data[0]!;
    return { dataDir, karin };
  }

  it('erases in the instance of VARNA_DATA_DIR, not in another one running beside it', async () => {
    const [first, second] = [await localInstance(inject('dynamoEndpoint')), await localInstance()];
    const local = {
      VARNA_TABLE_NAME: '',
      DYNAMODB_ENDPOINT: '',
      DYNAMODB_PORT: '',
      VARNA_CURSOR_SECRET: '',
      VARNA_STAGE: '',
    };
    await runStaffErase('karin', { ...local, VARNA_DATA_DIR: second.dataDir });
    expect(await second.karin()).toMatchObject({ subject: expect.stringMatching(/^anonymised:/) });
    expect(await first.karin()).toMatchObject({ subject: 'karin', name: 'Karin' });

    const unknown = mkdtempSync(join(tmpdir(), 'varna-none-'));
    const failure = await runStaffErase('karin', { ...local, VARNA_DATA_DIR: unknown }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('VARNA_DATA_DIR') });
    expect(await first.karin()).toMatchObject({ subject: 'karin' });
  }, 60_000);
});
