import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTableConfig } from '../functions/config.js';
import { deployedFunctions } from '../functions/handlers/triggers.js';
import { startMailCatcher, type MailCatcher } from '../functions/local/mail-catcher.js';
import { subscribeToTableStream } from '../functions/local/table-stream.js';
import { createNotifierHandler } from '../functions/notifications/handler.js';
import { publish } from '../functions/read-model/publish.js';
import { createLogger } from '../functions/server/logger.js';
import { createReminderHandler } from '../functions/training/reminder-handler.js';
import { forEveryMunicipality, MunicipalitiesFailedError } from '../functions/tenancy/every-municipality.js';
import { announceChange, documentChange } from '../functions/webhooks/changes.js';
import { loadWebhookEndpoints } from '../functions/webhooks/config.js';
import { createWebhookSenderHandler } from '../functions/webhooks/handler.js';
import { assertNoInternals, createTestApi, TENANT, type TestApi } from './support/api.js';
import { contractOperation } from './support/contract.js';
import { freePort } from './support/free-port.js';

/**
 * The table's stream consumers and the schedules serve every municipality of the deployment (issue 32), not only
 * the stage's default: a municipality registered at run time (an item in the registry, no deploy) has its search
 * built when its content changes, its e-mail sent, its webhooks delivered and its sweeps run, each in its own
 * municipality. Against DynamoDB Local's stream (the local event source mapping with the deployed filters), the
 * SMTP catcher and a local webhook receiver.
 */
const HUDDINGE = 'huddinge';
const HANINGE = 'haninge';

let api: TestApi;
let catcher: MailCatcher;
let tableConfig: ReturnType<typeof loadTableConfig>;

/** Registers a municipality as `npm run tenant:create` does: one registry item. */
const register = (slug: string, name: string) =>
  api.db.entities.municipality
    .put({ slug, name, kind: 'MUNICIPALITY', origins: [], createdAt: new Date().toISOString() })
    .go();

/** An outbox message due now in a municipality, as the register writes one; its address. */
async function writeMessage(tenant: string, label: string, id = randomUUID()): Promise<string> {
  const to = `${label}-${id}@${tenant}.example.org`;
  const now = new Date().toISOString();
  await api.db.entities.notification
    .create({
      tenant,
      id,
      to,
      subject: `Beslut i ${tenant}`,
      text: 'Er förening är godkänd.',
      status: 'PENDING',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    })
    .go({ response: 'none' });
  return to;
}

const mailsTo = (address: string) => catcher.received.filter((mail) => mail.to.includes(address)).length;

beforeAll(async () => {
  api = await createTestApi();
  catcher = await startMailCatcher({ port: await freePort() });
  tableConfig = loadTableConfig({
    VARNA_TABLE_NAME: api.config.dynamo.tableName,
    DYNAMODB_ENDPOINT: api.config.dynamo.endpoint,
    VARNA_LOG_LEVEL: 'SILENT',
  });
  await register(HUDDINGE, 'Huddinge');
});

afterAll(() => catcher?.stop());

describe('the search indexer', () => {
  it('builds Huddinge’s index when Huddinge publishes: findable by a search for Huddinge, not by Botkyrka’s', async () => {
    const title = `Huddinges trygghetsvandring ${randomUUID().slice(0, 8)}`;
    await publish(api.db, HUDDINGE, {
      type: 'page',
      key: 'huddinge-trygghetsvandring',
      revision: 1,
      visibility: 'PUBLIC',
      title: { sv: title },
    });
    await api.searchIndexed(HUDDINGE);
    const search = async (rawQueryString: string) => {
      const response = await api.send({
        method: 'POST',
        rawQueryString,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: contractOperation('Search'), variables: { query: 'trygghetsvandring' } }),
      });
      assertNoInternals(response);
      expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
      return (response.body.data!.search as { edges: { node: { slug?: string } }[] }).edges.map(
        (edge) => edge.node.slug,
      );
    };
    expect(await search(`municipality=${HUDDINGE}`)).toEqual(['huddinge-trygghetsvandring']);
    expect(await search('')).not.toContain('huddinge-trygghetsvandring');
  });
});

describe('the notifier', () => {
  it('sends a Huddinge outbox message as soon as it is written: woken on the stream, read in Huddinge', async () => {
    const trigger = deployedFunctions.notifier.stream;
    const subscription = await subscribeToTableStream({
      endpoint: api.config.dynamo.endpoint!,
      tableName: api.config.dynamo.tableName,
      filters: [trigger.filter],
      handler: createNotifierHandler(tableConfig, { from: 'varna@example.org', smtpUrl: catcher.url }),
      retries: trigger.retries,
      pollMs: 50,
    });
    try {
      const id = randomUUID();
      const to = await writeMessage(HUDDINGE, 'stream', id);
      await expect.poll(() => mailsTo(to), { timeout: 10_000, interval: 50 }).toBe(1);
      // Marked sent once the SMTP server has answered, which is a moment after the catcher has the mail.
      await expect
        .poll(async () => (await api.db.entities.notification.get({ tenant: HUDDINGE, id }).go()).data?.status, {
          timeout: 10_000,
          interval: 50,
        })
        .toBe('SENT');
    } finally {
      await subscription.stop();
    }
  });

  it('sweeps every municipality served: the default and each registered one (one registered after the handler started too), no other', async () => {
    const sweep = createNotifierHandler(tableConfig, { from: 'varna@example.org', smtpUrl: catcher.url });
    const botkyrkas = await writeMessage(TENANT, 'sweep');
    const huddinges = await writeMessage(HUDDINGE, 'sweep');
    const haninges = await writeMessage(HANINGE, 'sweep');
    // Nacka is served by no one: its message (a stray item) is no sweep's business.
    const nackas = await writeMessage('nacka', 'sweep');
    await sweep();
    expect([botkyrkas, huddinges, haninges, nackas].map(mailsTo)).toEqual([1, 1, 0, 0]);
    // Haninge joins at run time: the next sweep serves it.
    await register(HANINGE, 'Haninge');
    await sweep();
    expect([botkyrkas, huddinges, haninges, nackas].map(mailsTo)).toEqual([1, 1, 1, 0]);
  });
});

describe('the webhook sender', () => {
  let receiver: Server;
  /** What each frontend heard: the path it listens on, and the body. */
  const received: { path: string; body: string }[] = [];
  beforeAll(async () => {
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ path: request.url ?? '', body: Buffer.concat(chunks).toString('utf8') });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise((resolve) => receiver?.close(resolve)));

  it('delivers a Huddinge change as soon as it is written, to Huddinge’s frontend only, its delivery kept in Huddinge', async () => {
    const trigger = deployedFunctions.webhookSender.stream;
    const base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    const secret = () => `whsec_${Buffer.from(randomUUID()).toString('base64')}`;
    const endpoints = loadWebhookEndpoints({
      VARNA_WEBHOOK_ENDPOINTS: JSON.stringify([
        // The stage's default municipality's website, as every endpoint was configured before.
        { name: 'website', url: `${base}/botkyrka`, secret: secret() },
        { name: 'website', url: `${base}/huddinge`, secret: secret(), municipality: HUDDINGE },
      ]),
    });
    const subscription = await subscribeToTableStream({
      endpoint: api.config.dynamo.endpoint!,
      tableName: api.config.dynamo.tableName,
      filters: [trigger.filter],
      handler: createWebhookSenderHandler(tableConfig, endpoints),
      retries: trigger.retries,
      pollMs: 50,
    });
    const heardBy = (key: string) => received.filter(({ body }) => body.includes(key)).map(({ path }) => path);
    try {
      const huddinges = `huddinge-${randomUUID()}`;
      await announceChange(api.db, HUDDINGE, documentChange('publish', 'supportResource', huddinges, 'public'));
      const botkyrkas = `botkyrka-${randomUUID()}`;
      await announceChange(api.db, TENANT, documentChange('publish', 'supportResource', botkyrkas, 'public'));
      await expect.poll(() => heardBy(huddinges), { timeout: 10_000 }).toEqual(['/huddinge']);
      await expect.poll(() => heardBy(botkyrkas), { timeout: 10_000 }).toEqual(['/botkyrka']);
      const { data } = await api.db.entities.webhookDelivery.query.byStatus({ tenant: HUDDINGE, status: 'SENT' }).go();
      expect(data.filter((delivery) => delivery.payload.includes(huddinges))).toHaveLength(1);
    } finally {
      await subscription.stop();
    }
  });
});

describe('the training reminders', () => {
  it('remind the staff of every municipality of their training tomorrow, each in their own municipality’s outbox', async () => {
    const hour = 60 * 60 * 1000;
    // A start on the hour, three days from now: registration is open; the job runs as of the day before.
    const startsAt = new Date(Math.ceil((Date.now() + 72 * hour) / hour) * hour);
    const registered: Record<string, string> = {};
    for (const tenant of [TENANT, HUDDINGE]) {
      await publish(api.db, tenant, {
        type: 'department',
        key: 'socialforvaltningen',
        revision: 1,
        name: { sv: 'Socialförvaltningen' },
        trainingTargets: [{ audience: 'FIRST_LINE_STAFF', count: 10 }],
      });
      await publish(api.db, tenant, {
        type: 'training',
        key: `bemotande-${tenant}`,
        revision: 1,
        visibility: 'INTERNAL',
        title: { sv: `Bemötande av oro i ${tenant} (test)` },
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3 * hour).toISOString(),
        audience: 'FIRST_LINE_STAFF',
        capacity: 5,
      });
      const email = `personal-${randomUUID()}@${tenant}.example.org`;
      const token = await api.token('staff', `staff-${tenant}`, undefined, {
        name: `Personal i ${tenant}`,
        email,
        ...(tenant === TENANT ? {} : { municipality: tenant }),
      });
      const response = await api.graphql(
        contractOperation('RegisterForTraining'),
        { trainingId: `bemotande-${tenant}`, department: 'socialforvaltningen', idempotencyKey: randomUUID() },
        { token },
      );
      expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
      registered[tenant] = email;
    }
    const remind = createReminderHandler(tableConfig, () => new Date(startsAt.getTime() - 20 * hour));

    expect(await remind()).toEqual({ trainings: 2, reminders: 2, alreadySent: 0 });

    for (const tenant of [TENANT, HUDDINGE]) {
      const { data } = await api.db.entities.notification.query
        .byStatus({ tenant, status: 'PENDING' })
        .go({ pages: 'all' });
      const reminders = data.filter((message) => message.id.startsWith('training-reminder:'));
      expect(
        reminders.map((message) => message.to),
        tenant,
      ).toEqual([registered[tenant]]);
      // Signed by the person's own municipality, by the name its registry item gives.
      expect(reminders[0]!.text).toContain(tenant === TENANT ? 'Botkyrka kommun' : 'Huddinge kommun');
      expect(reminders[0]!.text).not.toContain(tenant === TENANT ? 'Huddinge' : 'Botkyrka');
    }
  });
});

describe('a scheduled job in every municipality', () => {
  it('runs for the others when one fails, and fails the run afterwards naming it', async () => {
    await register(HANINGE, 'Haninge');
    const ran: string[] = [];
    const run = forEveryMunicipality(
      { db: api.db, defaultTenant: TENANT, logger: createLogger(tableConfig, 'varna-test'), job: 'The test job' },
      async (tenant) => {
        if (tenant === HUDDINGE) throw new Error('Huddinge’s data is broken');
        ran.push(tenant);
      },
    );
    await expect(run).rejects.toThrow(MunicipalitiesFailedError);
    await expect(run).rejects.toThrow('The test job failed for huddinge');
    expect(ran.sort()).toEqual([HANINGE, TENANT].sort());
  });
});
