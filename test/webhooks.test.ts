import { createHmac, randomBytes } from 'node:crypto';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook, WebhookVerificationError } from 'svix';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadTableConfig } from '../functions/config.js';
import { subscribeToTableStream, type TableStreamSubscription } from '../functions/local/table-stream.js';
import { announceChange, changeItem, documentChange } from '../functions/webhooks/changes.js';
import { loadWebhookEndpoints, type WebhookEndpoint } from '../functions/webhooks/config.js';
import {
  deliverDueWebhooks,
  MAX_ATTEMPTS,
  queueDeliveries,
  resendWebhook,
  webhookDeliveriesIn,
} from '../functions/webhooks/deliver.js';
import { createWebhookSenderHandler } from '../functions/webhooks/handler.js';
import { webhookChangeStreamFilter } from '../functions/webhooks/stream-filter.js';
import { createTestApi, TENANT, type TestApi } from './support/api.js';
import { seedSample } from './support/seed.js';
import { registerCalls, registration } from './register/support.js';

/**
 * Revalidation webhooks (functions/webhooks): changes become signed Standard Webhooks deliveries, sent by
 * the sender on the table's stream (DynamoDB Local) to a local receiver that verifies them with svix's
 * `Webhook`, as a frontend using the svix library would (the sender signs with `standardwebhooks`).
 */
let api: TestApi;
let sender: TableStreamSubscription;
let endpoints: WebhookEndpoint[];
const secret = `whsec_${randomBytes(32).toString('base64')}`;

interface Received {
  id: string;
  headers: IncomingHttpHeaders;
  body: string;
  data: { type: string; data: { types: string[]; keys: string[]; paths: string[] } };
}

/** A frontend's receiving end (svix's verifier): verifies the signature and the timestamp, and takes each webhook-id once. It can go down and come back on its port. */
function createReceiver(key = secret) {
  const verifier = new Webhook(key);
  const seen = new Set<string>();
  const received: Received[] = [];
  let server: Server | undefined;
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        // svix's verify throws on a bad signature or timestamp and returns nothing: the body is parsed once it holds.
        verifier.verify(body, request.headers as Record<string, string>);
        const data = JSON.parse(body) as Received['data'];
        const id = String(request.headers['webhook-id']);
        if (seen.has(id)) return response.writeHead(409).end('replay');
        seen.add(id);
        received.push({ id, headers: request.headers, body, data });
        response.writeHead(204).end();
      } catch {
        response.writeHead(401).end('invalid signature');
      }
    });
  };
  return {
    received,
    start: (on = 0) =>
      new Promise<number>((resolve) => {
        server = createServer(handle);
        server.listen(on, '127.0.0.1', () => resolve((server!.address() as AddressInfo).port));
      }),
    stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  };
}

let receiver: ReturnType<typeof createReceiver>;
let port: number;

async function waitForAsync<T>(find: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = await find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No ${what} within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function waitFor<T>(find: () => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No ${what} within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The signed headers of what was received, exactly as they came. */
const signedHeadersOf = (received: Received) =>
  Object.fromEntries(
    ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) => [name, String(received.headers[name])]),
  ) as Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string>;

/** Posts what was received again, exactly, as an attacker who captured it would. */
const replay = (received: Received) =>
  fetch(`http://127.0.0.1:${port}/`, {
    method: 'POST',
    headers: Object.fromEntries(
      ['content-type', 'webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) => [
        name,
        String(received.headers[name]),
      ]),
    ),
    body: received.body,
  });

beforeAll(async () => {
  api = await createTestApi();
  await seedSample(api);
  receiver = createReceiver();
  port = await receiver.start();
  endpoints = loadWebhookEndpoints({
    VARNA_WEBHOOK_ENDPOINTS: JSON.stringify([{ name: 'website', url: `http://127.0.0.1:${port}/`, secret }]),
  });
  const tableConfig = loadTableConfig({
    VARNA_TABLE_NAME: api.config.dynamo.tableName,
    DYNAMODB_ENDPOINT: api.config.dynamo.endpoint,
    VARNA_LOG_LEVEL: 'SILENT',
  });
  sender = await subscribeToTableStream({
    endpoint: api.config.dynamo.endpoint!,
    tableName: api.config.dynamo.tableName,
    filters: [webhookChangeStreamFilter()],
    handler: createWebhookSenderHandler(tableConfig, endpoints),
    onError: (error) => console.error('The webhook sender failed (retried on the next poll):', error),
  });
});

afterAll(async () => {
  await sender?.stop();
  await receiver.stop();
});

describe('who hears of a register decision', () => {
  it('tells public endpoints of an approval, never of a registration or a rejection (a name the public never saw)', async () => {
    const calls = registerCalls(api);
    const moderator = await api.token('moderator');
    const audiences = async (associationId: string) => {
      const { data } = await api.db.entities.webhookChange.scan
        .where((attr, op) => op.contains(attr.keys, associationId))
        .go({ pages: 'all' });
      return data.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)).map((change) => change.audience);
    };
    const approved = (await calls.register(await api.token('association', 'account-hears-approved'), registration()))
      .body.data!.registerAssociation.id;
    await calls.approve(moderator, approved);
    const rejected = (await calls.register(await api.token('association', 'account-hears-rejected'), registration()))
      .body.data!.registerAssociation.id;
    await calls.reject(moderator, rejected);
    expect(await audiences(approved)).toEqual(['staff', 'public']);
    expect(await audiences(rejected)).toEqual(['staff', 'staff']);
  });
});

describe('revalidation webhooks', () => {
  it('tell the frontend of a publish, signed as Standard Webhooks, with the types, keys and paths', async () => {
    await announceChange(
      api.db,
      TENANT,
      documentChange('publish', 'supportResource', 'stod-till-oroliga-anhoriga', 'public'),
    );
    const got = await waitFor(
      () => receiver.received.find((hook) => hook.data.data.keys.includes('stod-till-oroliga-anhoriga')),
      'webhook for the publish',
    );
    expect(got.data).toMatchObject({
      type: 'content.published',
      data: {
        types: ['supportResource'],
        keys: ['stod-till-oroliga-anhoriga'],
        paths: ['/stod', '/stod/stod-till-oroliga-anhoriga'],
      },
    });
    expect(got.id).toMatch(/^msg_/);
    expect(Math.abs(Number(got.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(30);
    expect(String(got.headers['webhook-signature'])).toMatch(/^v1,/);
    // The three Standard Webhooks headers by those names (not svix-*), and svix verifies them as they came.
    const signed = signedHeadersOf(got);
    expect(Object.keys(signed)).toEqual(['webhook-id', 'webhook-timestamp', 'webhook-signature']);
    expect(new Webhook(secret).verify(got.body, signed)).toBeUndefined();
    // svix 2.5's Webhook wraps the standardwebhooks package the sender signs with; so the spec's own recipe checks
    // the signature too: HMAC-SHA256 over "id.timestamp.body", keyed by the secret's base64 after whsec_.
    const mac = createHmac('sha256', Buffer.from(secret.slice('whsec_'.length), 'base64'))
      .update(`${got.id}.${signed['webhook-timestamp']}.${got.body}`)
      .digest('base64');
    expect(signed['webhook-signature'].split(' ')).toContain(`v1,${mac}`);
  });

  it('are signed with a secret as Svix issues it (whsec_ and 24 bytes in base64), which the configuration takes unchanged', async () => {
    // Svix's own form, e.g. whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw: no padding, unlike the 32-byte secret above.
    const svixSecret = `whsec_${randomBytes(24).toString('base64')}`;
    expect(svixSecret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const [configured] = loadWebhookEndpoints({
      VARNA_WEBHOOK_ENDPOINTS: JSON.stringify([
        { name: 'svix-format', url: 'http://127.0.0.1:1/', secret: svixSecret },
      ]),
    });
    expect(configured!.secret).toBe(svixSecret);
    // A secret no receiver could decode (padding inside it) is refused when the configuration loads, not at every delivery.
    expect(() =>
      loadWebhookEndpoints({
        VARNA_WEBHOOK_ENDPOINTS: JSON.stringify([
          { name: 'broken', url: 'http://127.0.0.1:1/', secret: `whsec_ab=${svixSecret.slice(9)}` },
        ]),
      }),
    ).toThrow(/padding only at the end/);
    const other = createReceiver(svixSecret);
    // A tenant of its own, so the stream's sender (this file's tenant) never picks the delivery up.
    const tenant = 'svix-format';
    try {
      const endpoint = { ...configured!, url: `http://127.0.0.1:${await other.start()}/` };
      const now = new Date();
      const change = changeItem(tenant, documentChange('publish', 'page', 'orolig-for-nagon', 'public'), now);
      expect(await queueDeliveries(api.db, change, [endpoint], now)).toBe(1);
      expect(await deliverDueWebhooks(api.db, tenant, [endpoint], 'test-svix-format', now)).toMatchObject({ sent: 1 });
      expect(other.received.map((hook) => hook.data.data.keys)).toEqual([['orolig-for-nagon']]);
    } finally {
      await other.stop();
    }
  });

  it('tell of a moderator’s decision made through the API', async () => {
    const moderator = await api.token('moderator');
    const approved = await api.graphql(
      'mutation { approveAssociation(id: "a-ny-idrott", expectedVersion: 1) { id status } }',
      {},
      { token: moderator },
    );
    expect(approved.body.data?.approveAssociation.status).toBe('APPROVED');
    const got = await waitFor(
      () =>
        receiver.received.find(
          (hook) => hook.data.type === 'register.decision' && hook.data.data.keys.includes('a-ny-idrott'),
        ),
      'webhook for the decision',
    );
    expect(got.data.data.types).toEqual(['association']);
    expect(got.data.data.paths).toContain('/foreningar/a-ny-idrott');
  });

  it('can be told from a replay and from a forgery by the receiver', async () => {
    const [first] = receiver.received;
    // The same request again: the receiver has that webhook-id already.
    expect((await replay(first!)).status).toBe(409);
    // Another body under the captured id, timestamp and signature, or a signature made with another secret: refused.
    const tampered = first!.body.replace(/"type":"[^"]+"/, '"type":"content.forged"');
    expect(tampered).not.toBe(first!.body);
    const forged = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeadersOf(first!) },
      body: tampered,
    });
    expect(forged.status).toBe(401);
    const otherSecret = new Webhook(`whsec_${randomBytes(32).toString('base64')}`);
    const now = new Date();
    const wrongKey = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      headers: {
        'webhook-id': 'msg_wrong_key',
        'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
        'webhook-signature': otherSecret.sign('msg_wrong_key', now, first!.body),
      },
      body: first!.body,
    });
    expect(wrongKey.status).toBe(401);
    // svix itself, as a frontend calls it: the delivery as sent verifies; another body or another secret is refused.
    const signed = signedHeadersOf(first!);
    expect(() => new Webhook(secret).verify(first!.body, signed)).not.toThrow();
    expect(() => new Webhook(secret).verify(tampered, signed)).toThrow(WebhookVerificationError);
    expect(() => new Webhook(`whsec_${randomBytes(32).toString('base64')}`).verify(first!.body, signed)).toThrow(
      WebhookVerificationError,
    );
    // A captured webhook replayed later than the verifier's tolerance (five minutes) fails on its timestamp alone.
    vi.useFakeTimers({ now: Date.now() + 10 * 60 * 1000, toFake: ['Date'] });
    try {
      expect(() => new Webhook(secret).verify(first!.body, first!.headers as Record<string, string>)).toThrow(
        /timestamp/i,
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('reach a receiver that was down once it is back, and can be resent by an admin', async () => {
    await receiver.stop();
    await announceChange(api.db, TENANT, documentChange('unpublish', 'page', 'orolig-for-nagon', 'public'));
    // The sender's first attempt finds nobody listening: the delivery waits for its retry.
    const retrying = await waitForAsync(
      async () => (await webhookDeliveriesIn(api.db, TENANT, 'PENDING')).find((delivery) => delivery.attempts === 1),
      'a failed first attempt',
    );
    expect(retrying).toMatchObject({ endpoint: 'website', eventType: 'content.unpublished' });
    expect(retrying.lastError).toMatch(/fetch failed|ECONNREFUSED/);
    expect(Date.parse(retrying.nextAttemptAt) - Date.now()).toBeGreaterThan(20_000);

    // Back on the same port; the minute's sweep after the backoff delivers it.
    await receiver.start(port);
    const counts = await deliverDueWebhooks(
      api.db,
      TENANT,
      endpoints,
      'test-sweep',
      new Date(Date.parse(retrying.nextAttemptAt) + 1000),
    );
    expect(counts.sent).toBe(1);
    expect(receiver.received.find((hook) => hook.id === retrying.id)?.data).toMatchObject({
      type: 'content.unpublished',
      data: { types: ['page'], keys: ['orolig-for-nagon'] },
    });
    const sent = (await webhookDeliveriesIn(api.db, TENANT, 'SENT')).find((delivery) => delivery.id === retrying.id);
    expect(sent).toMatchObject({ attempts: 2 });
    expect(sent!.lastError).toBeUndefined();

    // An admin's resend: due again at once under the same webhook-id, which this receiver refuses as one it has.
    expect(await resendWebhook(api.db, TENANT, retrying.id, new Date())).toMatchObject({
      status: 'PENDING',
      attempts: 0,
    });
    await deliverDueWebhooks(api.db, TENANT, endpoints, 'test-sweep', new Date());
    const refused = (await webhookDeliveriesIn(api.db, TENANT, 'PENDING')).find(
      (delivery) => delivery.id === retrying.id,
    );
    expect(refused?.lastError).toBe('The receiver answered HTTP 409');
    expect(MAX_ATTEMPTS).toBeGreaterThan(1);

    // The endpoint taken out of the stage's list: its due delivery fails at once, for an admin to see, instead of retrying.
    const withoutEndpoint = await deliverDueWebhooks(
      api.db,
      TENANT,
      [],
      'test-sweep',
      new Date(Date.parse(refused!.nextAttemptAt) + 1000),
    );
    expect(withoutEndpoint).toMatchObject({ failed: 1, retrying: 0 });
    const given = (await webhookDeliveriesIn(api.db, TENANT, 'FAILED')).find((delivery) => delivery.id === retrying.id);
    expect(given).toMatchObject({
      attempts: 2,
      lastError: `No endpoint named ${refused!.endpoint} is configured any more`,
    });
  });
});
