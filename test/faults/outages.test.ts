import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDynamoLocal, type DynamoLocal } from '../../functions/local/dynamodb-local.js';
import { startMailCatcher } from '../../functions/local/mail-catcher.js';
import { deliverDue } from '../../functions/notifications/deliver.js';
import { createSendMail } from '../../functions/notifications/mail.js';
import { deliverDueWebhooks, queueDeliveries } from '../../functions/webhooks/deliver.js';
import type { WebhookChangeItem } from '../../functions/data/entities/webhook-change.js';
import { createTestApi, TENANT, type TestApi } from '../support/api.js';
import { freePort } from '../support/free-port.js';
import { seedSample } from '../support/seed.js';
import { drainSyncJobs } from '../../cms/publishing/drain.js';
import { contractOperation } from '../support/contract.js';
import { startFaultySmtp } from './faulty-smtp.js';
import { startPrivatePostgres } from './private-postgres.js';
import { recordFaultRow } from './matrix.js';
import { startWebhookReceiver } from './webhook-receiver.js';
import type { ClientRun } from './retrying-client.js';
import { itemsOf, lostAndDuplicated } from './table-census.js';
import { prepareWriteBurst } from './write-burst.js';

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

describe('DynamoDB stopped and started again during a burst of publishes, registrations and decisions', () => {
  it('refuses with a clear error while it is down, and afterwards holds every write once', async () => {
    let faultEndedAt = Number.POSITIVE_INFINITY;
    const burst = await prepareWriteBurst(api, 'outage', 6, () => faultEndedAt + 60_000);
    // The burst: 24 writes, one started every 100 ms; DynamoDB is stopped 0.5 s in, and started again 3 s later.
    const silenced = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let restartMs = 0;
    const outage = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await dynamo.stop();
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const restarting = Date.now();
      dynamo = await startDynamoLocal({ port: dynamoPort, path: dynamoPath });
      faultEndedAt = Date.now();
      restartMs = faultEndedAt - restarting;
    })();
    const runs: Promise<ClientRun>[] = [];
    for (const write of burst.writes) {
      runs.push(write());
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await outage;
    const settled = await Promise.all(runs);
    silenced.mockRestore();

    // Every write acknowledged in the end (the client retried); what users saw while it lasted.
    expect(settled.filter((run) => run.acknowledgedAt === undefined).map((run) => run.label)).toEqual([]);
    const refusals = settled.flatMap((run) => run.refusals);
    expect(refusals.length, 'no write met the outage').toBeGreaterThan(0);
    for (const saw of refusals.filter((text) => text.startsWith('HTTP')))
      expect(saw).toMatch(/^HTTP 503 SERVICE_UNAVAILABLE: The service is briefly unavailable/);
    const convergedAt = Math.max(...settled.map((run) => run.acknowledgedAt!));
    await burst.publishedAsWritten();
    const { lost, duplicates } = await burst.census();
    const row = recordFaultRow({
      fault: `DynamoDB Local stopped (3 s + its restart, ${(restartMs / 1000).toFixed(0)} s) during 24 writes`,
      kind: 'real',
      userSaw: `${refusals.length} refusals: ${[...new Set(refusals.map((saw) => saw.replace(/:.*/, '')))].join('; ')}`,
      converged: settled.every((run) => run.acknowledgedAt !== undefined),
      convergeMs: Math.max(0, convergedAt - faultEndedAt),
      lost,
      duplicates,
    });
    expect(row).toMatchObject({ converged: true, lost: 0, duplicates: 0 });
  }, 240_000);
});

const minute = 60_000;
/** The slow receivers' variant waits out a sender's whole timeout (10 s for webhooks): `npm run faults` only. */
const fullReport = Boolean(process.env.VARNA_FAULTS_REPORT);

describe('the SMTP server down, slow (30 s) and answering 451', () => {
  it('delays the mail while it lasts; afterwards every message arrives once', async () => {
    // The outbox as the decisions and registrations above left it: every message still to send.
    const expected = (await itemsOf(api.db, 'notification')).filter((item) => item.status === 'PENDING');
    expect(expected.length).toBeGreaterThan(0);
    const port = await freePort();
    const send = createSendMail({
      from: 'Botkyrka kommun <foreningar@botkyrka.example>',
      smtpUrl: `smtp://127.0.0.1:${port}`,
    });
    let now = Date.now();
    const sweep = () => deliverDue(api.db, TENANT, send, 'notifier-faults', new Date(now));

    // Down: nothing listens. The sweep stops at the first refusal; nothing is given up.
    expect(await sweep()).toMatchObject({ sent: 0, retrying: 1, failed: 0 });
    // Slow: the server takes the connection and greets after 30 s. The sender gives up in time (5 s,
    // within the notifier Lambda's 20 s) and leaves the message for later.
    now += 2 * minute;
    const slow = await startFaultySmtp({ port, mode: 'slow', delayMs: 30_000 });
    const slowStarted = Date.now();
    expect(await sweep()).toMatchObject({ sent: 0, retrying: 1, failed: 0 });
    const gaveUpAfterMs = Date.now() - slowStarted;
    expect(gaveUpAfterMs).toBeLessThan(15_000);
    await slow.stop();
    // Answering 451 (try again later) to every message: each refused, retried later, none taken.
    now += 5 * minute;
    const refusing = await startFaultySmtp({ port, mode: 'refusing' });
    const refused = await sweep();
    expect(refused).toMatchObject({ sent: 0, failed: 0 });
    expect(refused.retrying).toBeGreaterThan(0);
    expect(refusing.accepted).toBe(0);
    await refusing.stop();

    // Back: the minute's sweep delivers what is due, oldest first, until the outbox is empty.
    const catcher = await startMailCatcher({ port });
    const recoveredAt = now;
    let lastSentAt = now;
    try {
      for (let sweeps = 0; sweeps < 60; sweeps++) {
        const counts = await sweep();
        if (counts.sent) lastSentAt = now;
        const left = (await itemsOf(api.db, 'notification')).filter((item) => item.status !== 'SENT');
        if (left.length === 0) break;
        now += minute;
      }
    } finally {
      await catcher.stop();
    }
    const statuses = (await itemsOf(api.db, 'notification')).filter((item) =>
      expected.some((message) => message.id === item.id),
    );
    const sent = statuses.filter((item) => item.status === 'SENT').length;
    const row = recordFaultRow({
      fault: 'SMTP server down, then slow (greets after 30 s), then answering 451',
      kind: 'real',
      userSaw: `nothing at once (the decisions were answered); the mail later; sender gave up a slow server after ${(gaveUpAfterMs / 1000).toFixed(1)} s`,
      converged: sent === expected.length,
      // On the notifier's clock: the minute sweeps after the server came back until the last message went.
      convergeMs: lastSentAt - recoveredAt,
      lost: expected.length - Math.min(sent, catcher.received.length),
      duplicates: Math.max(0, catcher.received.length - expected.length),
    });
    expect(row).toMatchObject({ converged: true, lost: 0, duplicates: 0 });
  }, 90_000);
});

describe('a webhook receiver down, answering 500 and slow (30 s)', () => {
  it('retries each delivery with its id until the receiver takes it; none lost, none beyond at-least-once', async () => {
    const secret = `whsec_${Buffer.from('faults-webhook-secret-0123456789').toString('base64')}`;
    const receiver = await startWebhookReceiver({ port: await freePort(), secret, slowMs: 30_000 });
    const endpoints = [{ name: 'website', url: receiver.url, secret, scope: 'internal' as const }];
    const changes = (await itemsOf(api.db, 'webhookChange')).slice(0, 5) as WebhookChangeItem[];
    expect(changes.length).toBeGreaterThan(0);
    let now = Date.now();
    for (const change of changes) await queueDeliveries(api.db, change, endpoints, new Date(now));
    const expected = (await itemsOf(api.db, 'webhookDelivery')).map((item) => item.id as string);
    const sweep = () => deliverDueWebhooks(api.db, TENANT, endpoints, 'webhooks-faults', new Date(now));
    const seen: string[] = [];
    try {
      await receiver.setMode('down');
      expect(await sweep()).toMatchObject({ sent: 0, retrying: expected.length, failed: 0 });
      await receiver.setMode('error');
      now += minute;
      expect(await sweep()).toMatchObject({ sent: 0, retrying: expected.length, failed: 0 });
      expect(receiver.troubled).toBe(expected.length);
      if (fullReport) {
        // Slow: the receiver answers after 30 s; the sender gives up at its 10 s timeout and retries later.
        await receiver.setMode('slow');
        now += 2 * minute;
        const slowStarted = Date.now();
        expect(await sweep()).toMatchObject({ sent: 0, retrying: expected.length, failed: 0 });
        seen.push(`gave up a slow receiver after ${((Date.now() - slowStarted) / 1000).toFixed(1)} s`);
        expect(Date.now() - slowStarted).toBeLessThan(20_000);
      }
      await receiver.setMode('well');
      const recoveredAt = now;
      let lastSentAt = now;
      for (let sweeps = 0; sweeps < 60; sweeps++) {
        if ((await sweep()).sent) lastSentAt = now;
        const left = (await itemsOf(api.db, 'webhookDelivery')).filter((item) => item.status !== 'SENT');
        if (left.length === 0) break;
        now += 30_000;
      }
      const census = lostAndDuplicated(expected, [...new Set(receiver.ids)]);
      const row = recordFaultRow({
        fault: `webhook receiver down, then answering 500${fullReport ? ', then slow (30 s)' : ''}`,
        kind: 'real',
        userSaw: `the website refreshed later (no error to editors)${seen.length ? `; ${seen.join('; ')}` : ''}; ${
          receiver.ids.length - new Set(receiver.ids).size
        } repeated ids (at least once, dropped by id)`,
        converged: census.lost === 0,
        convergeMs: lastSentAt - recoveredAt,
        lost: census.lost,
        // Beyond at-least-once: an id no delivery has (a forged or doubled delivery).
        duplicates: receiver.ids.filter((id) => !expected.includes(id)).length,
      });
      expect(row).toMatchObject({ converged: true, lost: 0, duplicates: 0 });
    } finally {
      await receiver.stop();
    }
  }, 90_000);
});

describe.runIf(fullReport || process.env.VARNA_FAULTS_POSTGRES)(
  'PostgreSQL crashed and started again during saves in the CMS',
  () => {
    it('refuses the saves it cannot take with an error; every acknowledged save is in the CMS and reaches the API once', async () => {
      // A cluster of this test's own: the machine's is shared by other files.
      const postgres = startPrivatePostgres(await freePort());
      process.env.TEST_POSTGRES_URL = postgres.url;
      // Imported now: the CMS's test support reads TEST_POSTGRES_URL as it loads.
      const { startCms } = await import('../cms/support.js');
      const cms = await startCms('postgres', api);
      // The connections die with the server. pg's pool listens on its idle ones only: a connection checked out
      // for a transaction has no listener, and its 'error' is thrown out of the process (the CMS's own server has
      // no listener either; see the report). The adapter opens new connections after the restart.
      type PgClient = { on(event: 'error', listener: () => void): void };
      type PgPool = PgClient & {
        _clients?: PgClient[];
        on(event: 'connect', listener: (client: PgClient) => void): void;
      };
      const pool = (cms.payload.db as unknown as { pool: PgPool }).pool;
      const ignore = () => undefined;
      pool.on('error', ignore);
      for (const client of pool._clients ?? []) client.on('error', ignore);
      pool.on('connect', (client) => client.on('error', ignore));
      try {
        const keys = Array.from({ length: 12 }, (_, index) => `pg-avbrott-${index}`);
        const errors: string[] = [];
        let faultEndedAt = Number.POSITIVE_INFINITY;
        // An editor saving each page, and saving again after an error until the CMS takes it.
        const save = async (key: string) => {
          for (;;) {
            try {
              await cms.payload.create({
                collection: 'pages',
                data: { key, visibility: 'PUBLIC', title: `Sparad under avbrottet ${key}`, _status: 'published' },
              });
              return Date.now();
            } catch (error) {
              const existing = await cms.payload
                .find({ collection: 'pages', where: { key: { equals: key } }, overrideAccess: true })
                .catch(() => undefined);
              // A save whose answer was lost in the crash and that went through: the editor, reloading, finds it.
              if (existing?.docs.length) return Date.now();
              errors.push((error as Error).message.slice(0, 80));
              if (Date.now() > faultEndedAt + 60_000) throw error;
              await new Promise((resolve) => setTimeout(resolve, 300));
            }
          }
        };
        const outage = (async () => {
          await new Promise((resolve) => setTimeout(resolve, 600));
          postgres.crash();
          await new Promise((resolve) => setTimeout(resolve, 2000));
          postgres.start();
          faultEndedAt = Date.now();
        })();
        const saves: Promise<number>[] = [];
        for (const key of keys) {
          saves.push(save(key));
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        await outage;
        const acknowledged = await Promise.all(saves);
        expect(errors.length, 'no save met the crash').toBeGreaterThan(0);
        expect(await drainSyncJobs(cms.payload, 60_000)).toBe(0);
        const convergedAt = Date.now();
        const documents = await cms.payload.find({
          collection: 'pages',
          where: { key: { in: keys } },
          limit: 100,
          overrideAccess: true,
        });
        const census = lostAndDuplicated(
          keys,
          documents.docs.map((doc) => String(doc.key)),
        );
        let missingInApi = 0;
        for (const key of keys) {
          const page = (await api.graphql(contractOperation('Page'), { slug: key })).body.data?.page;
          if (page?.title !== `Sparad under avbrottet ${key}`) missingInApi++;
        }
        const row = recordFaultRow({
          fault: 'PostgreSQL crashed (pg_ctl -m immediate) 2 s during 12 CMS saves',
          kind: 'real',
          userSaw: `${errors.length} saves refused with an error (${[...new Set(errors.map((message) => message.replace(/\s.*/, '')))].slice(0, 3).join(', ')}…), saved again`,
          converged: missingInApi === 0,
          convergeMs: Math.max(0, Math.max(...acknowledged, convergedAt) - faultEndedAt),
          lost: census.lost + missingInApi,
          duplicates: census.duplicates,
        });
        expect(row).toMatchObject({ converged: true, lost: 0, duplicates: 0 });
      } finally {
        await cms.close();
        postgres.destroy();
      }
    }, 240_000);
  },
);
