import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadTableConfig } from '../../functions/config.js';
import { deliverDue } from '../../functions/notifications/deliver.js';
import { main as eraseCommand } from '../../functions/register/erase-command.js';
import { createRetentionHandler } from '../../functions/training/retention-handler.js';
import { TENANT, type TestApi } from '../support/api.js';
import { activityInput, registerCalls, registration, startRegisterTest } from './support.js';

/**
 * Issue 27, finding 7: the register's retention (the daily job's handler) and erasure on request (the
 * command's main), seen afterwards through the API as the public and moderators see it.
 */

let api: TestApi;
let calls: ReturnType<typeof registerCalls>;
let moderator: string;
let tableEnv: Record<string, string | undefined>;
let job: () => Promise<unknown>;

beforeAll(async () => {
  ({ api, calls, moderator } = await startRegisterTest());
  const { dynamo } = api.config;
  tableEnv = {
    ...process.env,
    VARNA_STAGE: 'test',
    VARNA_TENANT: TENANT,
    VARNA_TABLE_NAME: dynamo.tableName,
    DYNAMODB_ENDPOINT: dynamo.endpoint!,
    AWS_REGION: dynamo.region,
    VARNA_LOG_LEVEL: 'SILENT',
  };
  job = createRetentionHandler(loadTableConfig(tableEnv), 24);
});

afterEach(() => {
  vi.useRealTimers();
});

const day = 24 * 60 * 60 * 1000;
const month = 30.5 * day;

/** Runs the daily job as if it were `offset` from now (only the clock is moved; timers stay real). */
async function runJobIn(offset: number) {
  const at = new Date(Date.now() + offset);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
  try {
    await job();
  } finally {
    vi.useRealTimers();
  }
}

const asModerator = async (id: string) =>
  (
    await api.graphql(
      'query Seen($id: ID!) { association(id: $id) { status name contactPerson { name email } moderationNote history(first: 50) { edges { node { action actor reason activityTitle at } } } } }',
      { id },
      { token: moderator },
    )
  ).body.data!.association;

const historyOf = (association: any) => association.history.edges.map((edge: any) => edge.node);
const recordsOf = async (associationId: string) =>
  (await api.db.entities.registerDecision.query.byAssociation({ tenant: TENANT, associationId }).go({ pages: 'all' }))
    .data;
const mailOf = async (associationId: string) => {
  const records = await recordsOf(associationId);
  const { data } = await api.db.entities.notification
    .get(records.map((record) => ({ tenant: TENANT, id: record.id })))
    .go();
  return data;
};

describe('the daily retention job', () => {
  it('deletes a REJECTED association 6 months after its rejection, with its guards and mail; its history keeps what was done and when', async () => {
    const owner = await api.token('association', 'account-retention-rejected');
    const input = registration({ name: 'Avslagna föreningen' });
    const id = (await calls.register(owner, input)).body.data!.registerAssociation.id;
    expect((await calls.reject(moderator, id, 'Kalle Anka i styrelsen saknar mandat.')).body.errors).toBeUndefined();
    expect(await mailOf(id)).toHaveLength(1);

    await runJobIn(5 * month);
    expect(await asModerator(id)).toMatchObject({ status: 'REJECTED', contactPerson: { name: 'Tessa Test' } });

    await runJobIn(7 * month);
    expect(await asModerator(id)).toBeNull();
    expect((await calls.mine(owner)).body.data!.viewer.association).toBeNull();
    expect(await mailOf(id)).toEqual([]);
    const records = await recordsOf(id);
    expect(records.map((record) => [record.action, record.toStatus])).toEqual([
      ['ASSOCIATION_REGISTERED', 'PENDING'],
      ['ASSOCIATION_REJECTED', 'REJECTED'],
    ]);
    expect(
      records.every((record) => record.actorSubject === 'redacted' && record.reason === undefined && record.redactedAt),
    ).toBe(true);
    expect(JSON.stringify(records)).not.toMatch(/Kalle|account-retention-rejected|test-moderator/);
    // The guards went with it: the account and the organisation number may register again.
    const again = await calls.register(owner, { ...input, idempotencyKey: 'register-again-after-retention' });
    expect(again.body.errors).toBeUndefined();
  });

  it('redacts reasons, activity titles and actors 24 months after each decision, keeping the action, statuses and time', async () => {
    const owner = await api.token('association', 'account-retention-approved');
    const id = (await calls.register(owner, registration({ name: 'Långlivade föreningen' }))).body.data!
      .registerAssociation.id;
    await calls.approve(moderator, id);
    const activityId = (await calls.submit(owner, activityInput({ title: 'Lisas läxhjälp' }))).body.data!.submitActivity
      .id;
    expect(
      (await calls.rejectActivity(moderator, activityId, 'Lisa Svensson är inte ansvarig.')).body.errors,
    ).toBeUndefined();
    await calls.suspend(moderator, id, 'Ordföranden Pelle Svanslös har avgått.');
    await calls.approve(moderator, id);
    const before = historyOf(await asModerator(id));
    expect(before.map((record: any) => record.reason).filter(Boolean)).toHaveLength(2);

    await runJobIn(23 * month);
    expect(historyOf(await asModerator(id))).toEqual(before);

    await runJobIn(25 * month);
    const after = historyOf(await asModerator(id));
    expect(after.map(({ action, at }: any) => ({ action, at }))).toEqual(
      before.map(({ action, at }: any) => ({ action, at })),
    );
    expect(
      after.every(
        (record: any) => record.actor === 'redacted' && record.reason === null && record.activityTitle === null,
      ),
    ).toBe(true);
    expect(JSON.stringify(after)).not.toMatch(/Pelle|Lisa|account-retention-approved|test-moderator/);
    // The association itself is approved and public as before.
    expect(JSON.stringify((await calls.publicAssociations()).body)).toContain('Långlivade föreningen');
  });

  it('keeps decision mail 30 days: the outbox item expires by TTL, and the job deletes sent mail written with a longer one', async () => {
    const owner = await api.token('association', 'account-retention-mail');
    const id = (await calls.register(owner, registration({ name: 'Postföreningen' }))).body.data!.registerAssociation
      .id;
    await calls.approve(moderator, id);
    const [message] = await mailOf(id);
    expect(message!.expiresAt! - Date.parse(message!.createdAt) / 1000).toBeLessThanOrEqual(30 * 24 * 60 * 60);

    await deliverDue(api.db, TENANT, async () => undefined, 'test-notifier', new Date());
    // As a message written before the TTL was shortened.
    await api.db.entities.notification
      .patch({ tenant: TENANT, id: message!.id })
      .set({ expiresAt: Math.floor(Date.now() / 1000) + 365 * 24 * 60 * 60 })
      .go();
    expect((await mailOf(id))[0]).toMatchObject({ status: 'SENT' });
    await runJobIn(29 * day);
    expect(await mailOf(id)).toHaveLength(1);
    await runJobIn(31 * day);
    expect(await mailOf(id)).toEqual([]);
  });
});

describe('npm run association:erase', () => {
  it('removes an APPROVED association’s contact person and note, its mail and its audit records’ personal parts; what the public sees stays', async () => {
    const owner = await api.token('association', 'account-erase-approved');
    const id = (
      await calls.register(
        owner,
        registration({
          name: 'Raderingsföreningen',
          contactPerson: { name: 'Rut Radera', email: 'rut@radera.example.org' },
        }),
      )
    ).body.data!.registerAssociation.id;
    await calls.approve(moderator, id);
    const activityId = (await calls.submit(owner, activityInput({ title: 'Öppet hus (radering)' }))).body.data!
      .submitActivity.id;
    await calls.publish(moderator, activityId);
    await calls.update(owner, id, await calls.seenVersion(id), { name: 'Raderingsföreningen (nytt namn)' });
    await calls.rejectChange(moderator, id, 'Rut Radera får inte byta namn.');
    expect(await mailOf(id)).toHaveLength(3);

    const printed = await eraseCommand(['--account', 'account-erase-approved'], tableEnv);
    expect(printed).toContain(`association ${id}, APPROVED`);

    const seen = await asModerator(id);
    expect(seen).toMatchObject({
      status: 'APPROVED',
      name: 'Raderingsföreningen',
      contactPerson: null,
      moderationNote: null,
    });
    expect(historyOf(seen).every((record: any) => record.actor === 'redacted' && record.reason === null)).toBe(true);
    expect(JSON.stringify(seen)).not.toMatch(/Rut|radera\.example|account-erase-approved/);
    expect(await mailOf(id)).toEqual([]);
    const listed = (await calls.publicAssociations()).body.data!.associations.edges.map((edge: any) => edge.node);
    expect(listed.find((node: any) => node.id === id)).toMatchObject({
      name: 'Raderingsföreningen',
      email: 'info@test.example.org',
    });
    const activities = await api.graphql(
      'query A($id: ID!) { association(id: $id) { activities { edges { node { title status } } } } }',
      { id },
    );
    expect(activities.body.data!.association.activities.edges).toEqual([
      { node: { title: 'Öppet hus (radering)', status: 'PUBLISHED' } },
    ]);

    // A later decision has nobody to mail until the owner names a new contact person.
    await calls.suspend(moderator, id, 'Tillfälligt.');
    expect(await mailOf(id)).toEqual([]);
  });

  it('deletes an association that is not APPROVED, with its guards; its history keeps what was done and when', async () => {
    const owner = await api.token('association', 'account-erase-pending');
    const input = registration({ name: 'Väntande föreningen' });
    const id = (await calls.register(owner, input)).body.data!.registerAssociation.id;

    expect(await eraseCommand(['--id', id], tableEnv)).toContain('PENDING, deleted');

    expect(await asModerator(id)).toBeNull();
    expect((await calls.mine(owner)).body.data!.viewer.association).toBeNull();
    const records = await recordsOf(id);
    expect(records.map((record) => [record.action, record.actorSubject, record.redactedAt === undefined])).toEqual([
      ['ASSOCIATION_REGISTERED', 'redacted', false],
    ]);
    const other = await api.token('association', 'account-erase-pending-other');
    expect(
      (await calls.register(other, { ...input, idempotencyKey: 'same-number-after-erasure' })).body.errors,
    ).toBeUndefined();
    expect(await eraseCommand(['--id', id], tableEnv)).toContain('nothing erased');
  });

  it('refuses to guess what to erase', async () => {
    await expect(eraseCommand([], tableEnv)).rejects.toThrow(/Usage/);
    await expect(eraseCommand(['--account', 'a', '--id', 'b'], tableEnv)).rejects.toThrow(/Usage/);
  });
});
