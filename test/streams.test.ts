import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadTableConfig } from '../functions/config.js';
import { createDb, createDocumentClient, type Db } from '../functions/data/db.js';
import { ensureTable } from '../functions/local/dynamodb-local.js';
import { startMailCatcher, type MailCatcher } from '../functions/local/mail-catcher.js';
import { streamFailureFile } from '../functions/local/stream-failures.js';
import { subscribeToTableStream, type SetAsideRecords } from '../functions/local/table-stream.js';
import { createNotifierHandler } from '../functions/notifications/handler.js';
import { createSearchIndexerHandler } from '../functions/search/stream-handler.js';
import { searchContentChanged, searchPointerOf } from '../functions/search/version.js';
import { announceChange, documentChange } from '../functions/webhooks/changes.js';
import { loadWebhookEndpoints } from '../functions/webhooks/config.js';
import { createWebhookSenderHandler } from '../functions/webhooks/handler.js';
import { poisonSearchPointerRecord, writePoisonNotification, writePoisonWebhookChange } from './faults/poison.js';
import { freePort } from './support/free-port.js';

/**
 * Stream handlers that never stall a shard (issue 31): each of the three stream-subscribed functions, handed a
 * DynamoDB stream batch with a poison record in the middle, reports that record alone in `batchItemFailures` and
 * still processes the records after it; and the local poller (`npm run dev`'s event source mapping) retries from
 * the first failed record, bisects a batch that throws, sets a poison aside after the trigger's retries and goes
 * on. Against DynamoDB Local, the SMTP catcher and a local webhook receiver.
 */
const TENANT = 'botkyrka';
let db: Db;
let tableConfig: ReturnType<typeof loadTableConfig>;
let catcher: MailCatcher;
let receiver: Server;
const received: string[] = [];
let receiverUrl: string;
let sequence = 1000;

/** A record as Lambda hands it over for a keys-only stream. */
function streamRecord(Keys: { pk: string; sk: string }, eventName: 'INSERT' | 'MODIFY' = 'INSERT'): DynamoDBRecord {
  return {
    eventID: randomUUID(),
    eventName,
    eventSource: 'aws:dynamodb',
    awsRegion: 'eu-north-1',
    eventSourceARN: `arn:aws:dynamodb:eu-north-1:000000000000:table/${db.table}/stream/test`,
    dynamodb: {
      Keys: { pk: { S: Keys.pk }, sk: { S: Keys.sk } },
      SequenceNumber: String(++sequence),
      ApproximateCreationDateTime: Math.floor(Date.now() / 1000),
      StreamViewType: 'KEYS_ONLY',
      SizeBytes: 60,
    },
  };
}

const keyOf = (entity: { get(key: { tenant: string; id: string }): { params<P>(): P } }, id: string) =>
  entity.get({ tenant: TENANT, id }).params<{ Key: { pk: string; sk: string } }>().Key;
const sequenceOf = (record: DynamoDBRecord) => record.dynamodb!.SequenceNumber!;

/** An outbox message due now, as the register writes one. */
async function writeMessage(to: string): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await db.entities.notification
    .create({
      tenant: TENANT,
      id,
      to,
      subject: 'Beslut',
      text: 'Er förening är godkänd.',
      status: 'PENDING',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    })
    .go({ response: 'none' });
  return id;
}

/** Writes a public change the webhook sender delivers; its id. */
async function writeChange(key: string): Promise<string> {
  await announceChange(db, TENANT, documentChange('publish', 'supportResource', key, 'public'));
  const { data } = await db.entities.webhookChange.scan.where((attr, op) => op.contains(attr.keys, key)).go();
  return data[0]!.id;
}

const until = async (check: () => boolean | Promise<boolean>, what: string, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

beforeAll(async () => {
  const endpoint = inject('dynamoEndpoint');
  const tableName = `varna-test-${randomUUID()}`;
  await ensureTable(endpoint, tableName);
  tableConfig = loadTableConfig({
    VARNA_TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: endpoint,
    VARNA_LOG_LEVEL: 'SILENT',
  });
  db = createDb(createDocumentClient(tableConfig.dynamo), tableName);
  catcher = await startMailCatcher({ port: await freePort() });
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push(Buffer.concat(chunks).toString('utf8'));
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await catcher?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

describe('each stream handler, handed a batch with a poison record in the middle', () => {
  it('the search indexer reports the record with a malformed key alone, and still builds the index for the others', async () => {
    const handler = createSearchIndexerHandler(tableConfig);
    await searchContentChanged(db, TENANT);
    const pointer = db.entities.searchVersion.get({ tenant: TENANT }).params<{ Key: { pk: string; sk: string } }>().Key;
    const poison = poisonSearchPointerRecord(String(++sequence));
    const batch = [streamRecord(pointer, 'MODIFY'), poison, streamRecord(pointer, 'MODIFY')];
    const before = await searchPointerOf(db, TENANT);
    expect(before.built).not.toBe(before.version);

    const response = await handler({ Records: batch });

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: sequenceOf(poison) }]);
    const after = await searchPointerOf(db, TENANT);
    expect(after.built).toBe(before.version);
    // A batch of nothing but the poison fails the invocation (Lambda retries it, then sets it aside).
    await expect(handler({ Records: [poisonSearchPointerRecord(String(++sequence))] })).rejects.toThrow();
  });

  it('the search indexer builds every municipality of a batch; one whose build fails has its records reported alone', async () => {
    const handler = createSearchIndexerHandler(tableConfig);
    const pointerOf = (tenant: string) =>
      db.entities.searchVersion.get({ tenant }).params<{ Key: { pk: string; sk: string } }>().Key;
    await searchContentChanged(db, TENANT);
    await searchContentChanged(db, 'huddinge');
    // A municipality whose pointer is broken (its version not a number, as a bug might write it): its build fails.
    const broken = `trasig-${randomUUID().slice(0, 8)}`;
    await db.client.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...pointerOf(broken), __edb_e__: 'searchVersion', __edb_v__: '1', tenant: broken, version: 'x' },
      }),
    );
    const batch = [TENANT, broken, 'huddinge', TENANT].map((tenant) => streamRecord(pointerOf(tenant), 'MODIFY'));

    const response = await handler({ Records: batch });

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: sequenceOf(batch[1]!) }]);
    for (const tenant of [TENANT, 'huddinge']) {
      const { version, built } = await searchPointerOf(db, tenant);
      expect(built, tenant).toBe(version);
    }
    // A batch of the broken municipality's records alone fails the invocation (retried, then split and set aside).
    await expect(handler({ Records: [streamRecord(pointerOf(broken), 'MODIFY')] })).rejects.toThrow();
  });

  it('the notifier reports the message it cannot send alone, and sends the messages before and after it', async () => {
    const handler = createNotifierHandler(tableConfig, { from: 'foreningar@botkyrka.example', smtpUrl: catcher.url });
    const first = await writeMessage(`first-${randomUUID()}@example.org`);
    const poisonId = await writePoisonNotification(db, TENANT);
    const last = await writeMessage(`last-${randomUUID()}@example.org`);
    const batch = [first, poisonId, last].map((id) => streamRecord(keyOf(db.entities.notification, id)));
    const before = catcher.received.length;

    const response = await handler({ Records: batch });

    expect(response?.batchItemFailures).toEqual([{ itemIdentifier: sequenceOf(batch[1]!) }]);
    const sentTo = catcher.received.slice(before).flatMap((mail) => mail.to);
    expect(sentTo).toEqual([expect.stringMatching(/^first-/), expect.stringMatching(/^last-/)]);
    for (const id of [first, last])
      expect((await db.entities.notification.get({ tenant: TENANT, id }).go()).data?.status).toBe('SENT');
    // Handed the same batch again (Lambda retries from the poison on): nothing is sent twice.
    await handler({ Records: batch.slice(1) });
    expect(catcher.received.length - before).toBe(2);
  });

  it('the webhook sender reports the change it cannot deliver alone, and delivers the changes before and after it', async () => {
    const handler = createWebhookSenderHandler(
      tableConfig,
      loadWebhookEndpoints({
        VARNA_WEBHOOK_ENDPOINTS: JSON.stringify([
          { name: 'website', url: receiverUrl, secret: `whsec_${Buffer.from(randomUUID()).toString('base64')}` },
        ]),
      }),
    );
    const first = await writeChange(`forsta-${randomUUID()}`);
    const poisonId = await writePoisonWebhookChange(db, TENANT);
    const last = await writeChange(`sista-${randomUUID()}`);
    const batch = [first, poisonId, last].map((id) => streamRecord(keyOf(db.entities.webhookChange, id)));
    const before = received.length;

    const response = await handler({ Records: batch });

    expect(response?.batchItemFailures).toEqual([{ itemIdentifier: sequenceOf(batch[1]!) }]);
    const keys = received.slice(before).map((body) => (JSON.parse(body) as { data: { keys: string[] } }).data.keys[0]);
    // Delivered in the order of their deliveries' ids (the due query's), not the changes'.
    expect(keys.sort()).toEqual([expect.stringMatching(/^forsta-/), expect.stringMatching(/^sista-/)]);
  });
});

describe("the local poller (npm run dev's event source mapping)", () => {
  /** Items of a kind only these tests write, whose keys name them: `stream-test#<subscription>#<label>`. */
  const labelOf = (record: DynamoDBRecord) => record.dynamodb!.Keys!.pk!.S!.split('#')[2]!;

  /** A subscription of its own (new keys: a key written twice is a MODIFY, which the filter leaves out). */
  async function subscribe(handle: (labels: string[], records: DynamoDBRecord[]) => Promise<unknown>) {
    const run = randomUUID();
    const setAside: SetAsideRecords[] = [];
    const failureDir = mkdtempSync(join(tmpdir(), 'varna-stream-failures-'));
    const toFile = streamFailureFile(failureDir, 'Stream test');
    const subscription = await subscribeToTableStream({
      endpoint: inject('dynamoEndpoint'),
      tableName: db.table,
      filters: [{ eventName: ['INSERT'], dynamodb: { Keys: { pk: { S: [{ prefix: `stream-test#${run}#` }] } } } }],
      handler: (event) => handle(event.Records.map(labelOf), event.Records),
      retries: { maximumRetryAttempts: 2, maximumRecordAgeInSeconds: 3600 },
      onSetAside: (report) => {
        setAside.push(report);
        toFile(report);
      },
      pollMs: 50,
      retryBackoffMs: 20,
    });
    const write = (label: string) =>
      db.client.send(new PutCommand({ TableName: db.table, Item: { pk: `stream-test#${run}#${label}`, sk: 'x' } }));
    const failureLines = () =>
      readFileSync(join(failureDir, 'stream-test.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { keys: { pk: { S: string } }; attempts: number; reason: string });
    return { subscription, setAside, write, failureLines };
  }

  it('retries from the first reported failure, sets the poison aside after its retries, and goes on', async () => {
    const handed: string[][] = [];
    const done = new Set<string>();
    const { subscription, setAside, write, failureLines } = await subscribe(async (labels, records) => {
      handed.push(labels);
      for (const label of labels) if (label !== 'poison') done.add(label);
      const failures = records.filter((record) => labelOf(record) === 'poison');
      return { batchItemFailures: failures.map((record) => ({ itemIdentifier: record.dynamodb!.SequenceNumber! })) };
    });
    try {
      for (const label of ['a', 'b', 'poison', 'c', 'd']) await write(label);
      await until(
        () => setAside.length === 1 && done.has('d'),
        'the poison set aside and the records after it handled',
      );
      await write('later');
      await until(() => done.has('later'), 'a record written after the poison handled');
    } finally {
      await subscription.stop();
    }
    expect(setAside[0]).toMatchObject({ attempts: 3, reason: 'retries exhausted' });
    expect(setAside[0]!.records.map(labelOf)).toEqual(['poison']);
    // `npm run dev`'s destination: one JSON line for the record, with its keys.
    expect(failureLines()).toEqual([
      expect.objectContaining({ keys: { pk: { S: expect.stringMatching(/#poison$/) }, sk: { S: 'x' } }, attempts: 3 }),
    ]);
    // Retried from the poison on, never the records before it: a, b handed once; the poison once and twice more.
    const times = (label: string) => handed.filter((labels) => labels.includes(label)).length;
    expect([times('a'), times('b'), times('poison'), times('later')]).toEqual([1, 1, 3, 1]);
  });

  it('splits a batch that throws until the poison stands alone, and sets only it aside', async () => {
    const done = new Set<string>();
    const { subscription, setAside, write } = await subscribe(async (labels) => {
      if (labels.includes('poison')) throw new Error('cannot take the poison');
      for (const label of labels) done.add(label);
    });
    try {
      // One batch: written before the first poll reads them.
      await Promise.all(['a', 'b', 'c', 'poison', 'd', 'e'].map(write));
      await until(
        () => setAside.length > 0 && ['a', 'b', 'c', 'd', 'e'].every((label) => done.has(label)),
        'the others handled',
      );
      await write('later');
      await until(() => done.has('later'), 'a record written after the poison handled');
    } finally {
      await subscription.stop();
    }
    expect(setAside.flatMap((report) => report.records.map(labelOf))).toEqual(['poison']);
    expect(setAside[0]).toMatchObject({ attempts: 3, reason: 'retries exhausted', error: expect.any(Error) });
  });
});
