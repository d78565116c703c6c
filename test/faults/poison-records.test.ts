import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadTableConfig } from '../../functions/config.js';
import { createDb, createDocumentClient, type Db } from '../../functions/data/db.js';
import { deployedFunctions } from '../../functions/handlers/triggers.js';
import { ensureTable } from '../../functions/local/dynamodb-local.js';
import { startMailCatcher, type MailCatcher } from '../../functions/local/mail-catcher.js';
import { subscribeToTableStream, type SetAsideRecords } from '../../functions/local/table-stream.js';
import { createNotifierHandler } from '../../functions/notifications/handler.js';
import { createSearchIndexerHandler } from '../../functions/search/stream-handler.js';
import { searchContentChanged, searchPointerOf } from '../../functions/search/version.js';
import { announceChange, documentChange } from '../../functions/webhooks/changes.js';
import { loadWebhookEndpoints } from '../../functions/webhooks/config.js';
import { createWebhookSenderHandler } from '../../functions/webhooks/handler.js';
import { freePort } from '../support/free-port.js';
import { recordFaultRow, type FaultRow } from './matrix.js';
import { writePoisonNotification, writePoisonWebhookChange } from './poison.js';

/**
 * A poison record on each stream (issue 31's fault matrix): a record its handler can never process, among good
 * ones, through `npm run dev`'s poller on DynamoDB Local's stream with the trigger's retries
 * (functions/handlers/triggers.ts). Survived: the good records' work is done at once, the poison is set aside
 * after its retries (the local on-failure destination), a record written after it is still processed: nothing
 * stalls, nothing is lost or done twice. Retries wait 20 ms here rather than dev's second.
 */
const TENANT = 'botkyrka';
let db: Db;
let tableConfig: ReturnType<typeof loadTableConfig>;
const endpoint = () => inject('dynamoEndpoint');

const until = async (check: () => boolean | Promise<boolean>, what: string, ms = 15_000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

/** Asserts the row a survived fault has, and records it for `npm run faults`'s table. */
function survived(row: FaultRow) {
  expect(row).toMatchObject({ converged: true, lost: 0, duplicates: 0 });
  recordFaultRow(row);
}

beforeAll(async () => {
  const tableName = `varna-test-${randomUUID()}`;
  await ensureTable(endpoint(), tableName);
  tableConfig = loadTableConfig({
    VARNA_TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: endpoint(),
    VARNA_LOG_LEVEL: 'SILENT',
  });
  db = createDb(createDocumentClient(tableConfig.dynamo), tableName);
});

describe('a poison record on each stream', () => {
  let catcher: MailCatcher;
  beforeAll(async () => {
    catcher = await startMailCatcher({ port: await freePort() });
  });
  afterAll(() => catcher?.stop());

  it('the notifier: a message it cannot read is set aside after its retries; the messages around it and after it are sent once', async () => {
    const trigger = deployedFunctions.notifier.stream;
    const setAside: SetAsideRecords[] = [];
    const subscription = await subscribeToTableStream({
      endpoint: endpoint(),
      tableName: db.table,
      filters: [trigger.filter],
      handler: createNotifierHandler(tableConfig, { from: 'foreningar@botkyrka.example', smtpUrl: catcher.url }),
      retries: trigger.retries,
      onSetAside: (report) => setAside.push(report),
      pollMs: 50,
      retryBackoffMs: 20,
    });
    const run = randomUUID();
    const message = async (label: string) => {
      const now = new Date().toISOString();
      await db.entities.notification
        .create({
          tenant: TENANT,
          id: randomUUID(),
          to: `${label}-${run}@example.org`,
          subject: 'Beslut',
          text: 'Er förening är godkänd.',
          status: 'PENDING',
          attempts: 0,
          nextAttemptAt: now,
          createdAt: now,
        })
        .go({ response: 'none' });
    };
    const mailsTo = (label: string) =>
      catcher.received.filter((mail) => mail.to.includes(`${label}-${run}@example.org`)).length;
    try {
      await message('before');
      const injected = Date.now();
      const poisonId = await writePoisonNotification(db, TENANT);
      await message('after');
      await until(() => setAside.length > 0 && mailsTo('after') > 0, 'the poison set aside and the next message sent');
      await message('later');
      await until(() => mailsTo('later') > 0, 'a message written after the poison sent');
      const convergeMs = Date.now() - injected;
      expect(setAside.flatMap((report) => report.records.map((record) => record.dynamodb?.Keys?.pk?.S))).toEqual([
        expect.stringContaining(poisonId),
      ]);
      expect(setAside[0]!.attempts).toBe(trigger.retries.maximumRetryAttempts + 1);
      const sent = ['before', 'after', 'later'].map(mailsTo);
      survived({
        fault: 'poison record on the notifier’s stream (an outbox message without a recipient)',
        kind: 'real',
        userSaw: 'nothing: the other mail went out at once; the poison logged and set aside after 5 retries',
        converged: true,
        convergeMs,
        lost: sent.filter((count) => count === 0).length,
        duplicates: sent.reduce((sum, count) => sum + Math.max(0, count - 1), 0),
      });
    } finally {
      await subscription.stop();
    }
  });
});

describe('a poison record on the webhook sender’s stream', () => {
  let receiver: Server;
  const received: string[] = [];
  beforeAll(async () => {
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push(Buffer.concat(chunks).toString('utf8'));
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise((resolve) => receiver?.close(resolve)));

  it('a change it cannot deliver is set aside after its retries; the changes around it and after it are delivered once', async () => {
    const trigger = deployedFunctions.webhookSender.stream;
    const setAside: SetAsideRecords[] = [];
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`;
    const endpoints = loadWebhookEndpoints({
      VARNA_WEBHOOK_ENDPOINTS: JSON.stringify([
        { name: 'website', url, secret: `whsec_${Buffer.from(randomUUID()).toString('base64')}` },
      ]),
    });
    const subscription = await subscribeToTableStream({
      endpoint: endpoint(),
      tableName: db.table,
      filters: [trigger.filter],
      handler: createWebhookSenderHandler(tableConfig, endpoints),
      // The trigger's 50 retries take minutes at dev's pauses: 5 here, the same path.
      retries: { ...trigger.retries, maximumRetryAttempts: 5 },
      onSetAside: (report) => setAside.push(report),
      pollMs: 50,
      retryBackoffMs: 20,
    });
    const run = randomUUID();
    const change = (label: string) =>
      announceChange(db, TENANT, documentChange('publish', 'supportResource', `${label}-${run}`, 'public'));
    const deliveriesOf = (label: string) => received.filter((body) => body.includes(`${label}-${run}`)).length;
    try {
      await change('before');
      const injected = Date.now();
      await writePoisonWebhookChange(db, TENANT);
      await change('after');
      await until(
        () => setAside.length > 0 && deliveriesOf('after') > 0,
        'the poison set aside and the next change delivered',
      );
      await change('later');
      await until(() => deliveriesOf('later') > 0, 'a change written after the poison delivered');
      const convergeMs = Date.now() - injected;
      expect(setAside.flatMap((report) => report.records)).toHaveLength(1);
      const delivered = ['before', 'after', 'later'].map(deliveriesOf);
      survived({
        fault: 'poison record on the webhook sender’s stream (a change whose keys are not a list)',
        kind: 'real',
        userSaw: 'nothing: the frontends heard of the other changes at once; the poison logged and set aside',
        converged: true,
        convergeMs,
        lost: delivered.filter((count) => count === 0).length,
        duplicates: delivered.reduce((sum, count) => sum + Math.max(0, count - 1), 0),
      });
    } finally {
      await subscription.stop();
    }
  });
});

describe('a poison record on the search indexer’s stream', () => {
  it('(simulated: a filter widened to pass a malformed key, which the pointer filter never passes) is set aside; the index is built for the changes around it and after it', async () => {
    const trigger = deployedFunctions.searchIndexer.stream;
    const setAside: SetAsideRecords[] = [];
    const run = randomUUID();
    const subscription = await subscribeToTableStream({
      endpoint: endpoint(),
      tableName: db.table,
      filters: [trigger.filter, { dynamodb: { Keys: { pk: { S: [{ prefix: `poison-pointer#${run}` }] } } } }],
      handler: createSearchIndexerHandler(tableConfig),
      retries: trigger.retries,
      onSetAside: (report) => setAside.push(report),
      pollMs: 50,
      retryBackoffMs: 20,
    });
    const built = async () => {
      const { version, built } = await searchPointerOf(db, TENANT);
      return built === version;
    };
    try {
      await searchContentChanged(db, TENANT);
      const injected = Date.now();
      await db.client.send(new PutCommand({ TableName: db.table, Item: { pk: `poison-pointer#${run}`, sk: 'x' } }));
      await searchContentChanged(db, TENANT);
      await until(async () => setAside.length > 0 && (await built()), 'the poison set aside and the index built');
      await searchContentChanged(db, TENANT);
      await until(built, 'a change after the poison indexed');
      const convergeMs = Date.now() - injected;
      expect(setAside.flatMap((report) => report.records.map((record) => record.dynamodb?.Keys?.pk?.S))).toEqual([
        `poison-pointer#${run}`,
      ]);
      survived({
        fault: 'poison record on the search indexer’s stream (a key that is not the pointer’s)',
        kind: 'simulated',
        userSaw: 'nothing: search found the changes around it at once; the poison logged and set aside',
        converged: true,
        convergeMs,
        lost: (await built()) ? 0 : 1,
        duplicates: 0,
      });
    } finally {
      await subscription.stop();
    }
  });
});
