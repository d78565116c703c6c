import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TENANT } from '../support/api.js';
import { contractOperation } from '../support/contract.js';
import { organisationNumber } from '../register/support.js';
import { loadSampleContent } from '../../functions/local/sample-content.js';
import { publish } from '../../functions/read-model/publish.js';
import { forgetSearchIndexes } from '../../functions/search/index-cache.js';
import { loadStoredSearchIndex } from '../../functions/search/index-store.js';
import { rebuildSearchIndexes } from '../../functions/search/indexer.js';
import { searchPointerOf } from '../../functions/search/version.js';
import { locales } from '../../functions/domain/locale.js';
import { freePort } from '../support/free-port.js';
import { startMailCatcher } from '../../functions/local/mail-catcher.js';
import { queueDeliveries, webhookDeliveriesIn } from '../../functions/webhooks/deliver.js';
import type { WebhookChangeItem } from '../../functions/data/entities/webhook-change.js';
import { killLeftChildren, startChild } from './child.js';
import { recordFaultRow, type FaultRow } from './matrix.js';
import { startFaultSystem, type FaultSystem } from './system.js';

/**
 * Issue 31's process kills: each a real SIGKILL of a child process running the real code (the API's Lambda
 * handler behind `npm run dev`'s HTTP front, the CMS on SQLite, the search indexer, the notifier, the webhook
 * sender) at a point reached for certain: a gate on its DynamoDB calls (dynamo-gate.ts), or the receiver it
 * calls, holds the call the point is about, and the test kills the child while it waits there. Then the
 * part is started again, and the test measures how long until everything converged and counts what was
 * lost or duplicated.
 */
let system: FaultSystem;
/** The CMS's environment (SQLite in a temp folder, the suite's table through the gate), and its schema's push. */
let cmsEnv: Record<string, string>;
let schemaPushed: Promise<void>;

beforeAll(async () => {
  system = await startFaultSystem();
  const dataDir = mkdtempSync(join(tmpdir(), 'varna-faults-cms-'));
  cmsEnv = {
    ...system.childEnv,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: '',
    VARNA_DATA_DIR: dataDir,
    CMS_SQLITE_URL: `file:${join(dataDir, 'cms.db')}`,
    CMS_AUTORUN_JOBS: 'false',
    CMS_SYNC_AFTER_RESPONSE: 'false',
    CMS_DEV_ADMIN: 'false',
  };
  // As `npm run dev` does before it starts the admin (cms/local-schema.ts): the SQLite schema, pushed in a
  // process of its own; here beside the other rows, which do not need it.
  schemaPushed = startChild(
    'cms/cli/push-local-schema.ts',
    [],
    { ...cmsEnv, CMS_PUSH_SCHEMA: 'true' },
    { outlives: true },
  ).finished();
  schemaPushed.catch(() => undefined);
  await loadSampleContent(system.db, TENANT, new Date(), system.config.cursorSecret);
  // The search indexes of the example content, complete: what readers have before any fault.
  await rebuildSearchIndexes(system.db, TENANT, new Date());
}, 60_000);

// What a failed row left running.
afterEach(killLeftChildren);

afterAll(async () => {
  await system?.close();
});

/** A row's test: children start under tsx (a few seconds each on a busy machine). */
const ROW_TIMEOUT = 240_000;

/** Asserts a row as `npm test` needs it (converged, nothing lost, no duplicate) and records it for the table. */
function survived(row: FaultRow) {
  recordFaultRow(row);
  expect(row).toMatchObject({ converged: true, lost: 0, duplicates: 0 });
}

/** What a client sees of a request to a process that is killed while it answers. */
async function postGraphql(port: string, token: string, query: string, variables: Record<string, unknown>) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return { answer: (await response.json()) as { data?: any; errors?: any[] } };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return { connectionError: cause };
  }
}

describe('kill -9 of the API during a registration', () => {
  it(
    'leaves the client a connection error; the retry with the same input gets the one registration, nothing half-written',
    async () => {
      const register = contractOperation('RegisterAssociation');
      const input = (name: string) => ({
        name,
        organisationNumber: organisationNumber(),
        description: 'En förening i ett feltest.',
        districts: ['alby'],
        email: 'info@feltest.example.org',
        website: 'https://feltest.example.org',
        contactPerson: { name: 'Fela Test', email: 'fela@feltest.example.org', phone: '+46 70 000 00 01' },
        idempotencyKey: randomUUID(),
      });
      // What one registration leaves in the table, undisturbed: the items that name its account, its number or its id.
      const itemsNaming = async (...texts: string[]) =>
        (await system.items()).filter((item) => texts.some((text) => JSON.stringify(item).includes(text))).length;
      const referenceInput = input('Referensföreningen');
      const reference = await system.graphql(
        register,
        { input: referenceInput },
        await system.token('association', 'account-fault-reference'),
      );
      expect(reference.errors).toBeUndefined();
      const itemsOfOne = await itemsNaming(
        'account-fault-reference',
        referenceInput.organisationNumber,
        reference.data.registerAssociation.id,
      );

      const owner = await system.token('association', 'account-fault-killed');
      const killedInput = input('Avbrutna föreningen');
      const api = startChild('test/faults/children/api-server.ts', [], system.childEnv);
      const port = (await api.line(/LISTENING (\d+)/))[1]!;
      // The registration's one transaction reaches DynamoDB and is carried out; the API is killed before it hears so.
      const held = system.gate.holdAfter('TransactWriteItems', 0, 'response');
      const request = postGraphql(port, owner, register, { input: killedInput });
      await held;
      await api.kill9();
      const killedAt = performance.now();
      system.gate.open();
      const seen = await request;
      expect(seen.connectionError, JSON.stringify(seen)).toBeDefined();

      // The client retries with the same input (its idempotency key) against the API started again.
      const restarted = startChild('test/faults/children/api-server.ts', [], system.childEnv);
      const retried = await postGraphql((await restarted.line(/LISTENING (\d+)/))[1]!, owner, register, {
        input: killedInput,
      });
      const convergeMs = Math.round(performance.now() - killedAt);
      await restarted.kill9();
      expect(retried.answer?.errors, JSON.stringify(retried)).toBeUndefined();
      const id = retried.answer?.data?.registerAssociation?.id as string | undefined;

      const moderator = await system.token('moderator', 'moderator-faults');
      const pending = await system.graphql(
        '{ associations(filter: { status: PENDING }, first: 100) { edges { node { id name } } } }',
        {},
        moderator,
      );
      const registered = pending.data.associations.edges.filter(
        (edge: { node: { name: string } }) => edge.node.name === 'Avbrutna föreningen',
      );
      const itemsOfKilled = await itemsNaming('account-fault-killed', killedInput.organisationNumber, id ?? 'none');
      survived({
        fault: 'kill -9 of the API during a registration’s transaction',
        kind: 'real',
        userSaw: `a connection error (${seen.connectionError}); the retry got the registration`,
        converged:
          Boolean(id) && registered.length === 1 && registered[0].node.id === id && itemsOfKilled === itemsOfOne,
        convergeMs,
        lost: registered.length === 0 ? 1 : 0,
        duplicates: Math.max(0, registered.length - 1) + Math.max(0, itemsOfKilled - itemsOfOne),
      });
    },
    ROW_TIMEOUT,
  );
});

describe('kill -9 of the search indexer half-way through storing the indexes', () => {
  it(
    'leaves readers the previous complete index, never a mix; the next run completes the new one',
    async () => {
      const search = async (query: string) => {
        // A new API instance: it reads the pointer and loads the index it names.
        forgetSearchIndexes();
        const result = await system.graphql(contractOperation('Search'), { query, first: 20 });
        expect(result.errors).toBeUndefined();
        return (result.data.search.edges as { node: { slug?: string; id?: string } }[]).map(
          (edge) => edge.node.slug ?? edge.node.id,
        );
      };
      const before = await searchPointerOf(system.db, TENANT);
      expect(before.built).toBe(before.version);
      expect(await search('hallonbåtsfärd')).toEqual([]);
      await publish(system.db, TENANT, {
        type: 'page',
        key: 'hallonbatsfard',
        revision: 1,
        visibility: 'PUBLIC',
        title: { sv: 'Hallonbåtsfärd för oroliga anhöriga' },
      });
      const version = (await searchPointerOf(system.db, TENANT)).version;
      expect(version).toBeGreaterThan(before.built!);

      // Two scopes in five locales: ten indexes, each one BatchWriteItem of its chunks. Half of them are stored
      // when the indexer is killed.
      const indexes = 2 * locales.length;
      const held = system.gate.holdAfter('BatchWriteItem', indexes / 2, 'request');
      const indexer = startChild('test/faults/children/search-indexer.ts', [], system.childEnv);
      await held;
      await indexer.kill9();
      const killedAt = performance.now();
      system.gate.open();

      const storedAt = async (at: number) => {
        let complete = 0;
        for (const scope of ['public', 'staff'] as const)
          for (const locale of locales)
            if (await loadStoredSearchIndex(system.db, { tenant: TENANT, scope, locale, version: at })) complete++;
        return complete;
      };
      // Half-way indeed: some indexes of the new version are stored, not all; the pointer still names the old one.
      const halfWay = await storedAt(version);
      expect(halfWay).toBe(indexes / 2);
      expect((await searchPointerOf(system.db, TENANT)).built).toBe(before.built);
      expect(await storedAt(before.built!)).toBe(indexes);
      // Readers meanwhile: the previous index, whole (the old content found, the new page not yet).
      const during = await search('hallonbåtsfärd');
      const oldContentFound = (await search('anhöriga')).length > 0;

      // The stream delivers the change again (its batch failed): the indexer's next run.
      const rerun = startChild('test/faults/children/search-indexer.ts', [], system.childEnv);
      await rerun.line(/INDEXED/);
      await rerun.finished();
      const after = await searchPointerOf(system.db, TENANT);
      const found = await search('hallonbåtsfärd');
      const convergeMs = Math.round(performance.now() - killedAt);
      const complete = await storedAt(after.built ?? -1);
      survived({
        fault: 'kill -9 of the search indexer half-way through writing the indexes’ chunks',
        kind: 'real',
        userSaw: `search answered from the previous complete index (${halfWay}/${indexes} new indexes stored meanwhile)`,
        converged: during.length === 0 && oldContentFound && after.built === version && complete === indexes,
        convergeMs,
        lost: found.includes('hallonbatsfard') ? 0 : 1,
        duplicates: found.filter((slug) => slug === 'hallonbatsfard').length > 1 ? 1 : 0,
      });
    },
    ROW_TIMEOUT,
  );
});

/**
 * A restarted sweep sees a claim as its sender's only once the claim's hold has passed (5 minutes for mail, 2 for
 * webhooks): the restarted sweep here runs with its clock that far ahead, as the sweep after the hold would.
 */
const AFTER_MAIL_CLAIM_MS = 5 * 60_000 + 1000;
const AFTER_WEBHOOK_CLAIM_MS = 2 * 60_000 + 1000;

describe('kill -9 of the notifier between claiming a message and recording its delivery', () => {
  it(
    'delays the mail; the next sweep sends it, once per Message-ID',
    async () => {
      const catcher = await startMailCatcher({ port: await freePort() });
      const env = {
        ...system.childEnv,
        VARNA_MAIL_FROM: 'Botkyrka kommun <foreningar@botkyrka.example>',
        VARNA_SMTP_URL: catcher.url,
      };
      const now = new Date().toISOString();
      const id = `fault-${randomUUID()}`;
      await system.db.entities.notification
        .create({
          tenant: TENANT,
          id,
          to: 'kontakt@feltest.example.org',
          subject: 'Er förening är godkänd',
          text: 'Hej! Er förening är godkänd.',
          status: 'PENDING',
          attempts: 0,
          nextAttemptAt: now,
          createdAt: now,
        })
        .go();
      try {
        // The claim is written; the notifier is killed before it hears so, so before it sends.
        const held = system.gate.holdAfter('UpdateItem', 0, 'response', id);
        const notifier = startChild('test/faults/children/notifier.ts', ['0'], env);
        await held;
        await notifier.kill9();
        const killedAt = performance.now();
        system.gate.open();
        const claimed = (await system.db.entities.notification.get({ tenant: TENANT, id }).go()).data;
        expect(claimed?.status).toBe('SENDING');
        const toContact = () => catcher.received.filter((mail) => mail.to.includes('kontakt@feltest.example.org'));
        const sentWhileDown = toContact().length;

        const sweep = startChild('test/faults/children/notifier.ts', [String(AFTER_MAIL_CLAIM_MS)], env);
        await sweep.line(/SWEPT/);
        await sweep.finished();
        const convergeMs = Math.round(performance.now() - killedAt);
        const settled = (await system.db.entities.notification.get({ tenant: TENANT, id }).go()).data;
        const ids = toContact().map((mail) => /^Message-ID:\s*(\S+)/im.exec(mail.raw)?.[1]);
        survived({
          fault: 'kill -9 of the notifier between claiming a mail and recording it',
          kind: 'real',
          userSaw: `no mail while the claim was held (${sentWhileDown} sent); then ${ids.length} mail, after the 5 min claim hold and the next sweep`,
          converged: settled?.status === 'SENT' && ids.length >= 1,
          convergeMs,
          lost: ids.length === 0 ? 1 : 0,
          // At least once: a repeat is the same mail only if it carries the same Message-ID.
          duplicates: new Set(ids).size > 1 || ids.includes(undefined) ? ids.length - 1 : 0,
        });
      } finally {
        await catcher.stop();
      }
    },
    ROW_TIMEOUT,
  );
});

describe('kill -9 of the webhook sender between claiming a delivery and recording it', () => {
  it(
    'delivers again with the same webhook-id, which the receiver drops as a repeat',
    async () => {
      const secret = `whsec_${randomBytes(32).toString('base64')}`;
      const verifier = new Webhook(secret);
      const received: { id: string; valid: boolean }[] = [];
      const receiver = createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          let valid = true;
          try {
            verifier.verify(Buffer.concat(chunks).toString('utf8'), request.headers as Record<string, string>);
          } catch {
            valid = false;
          }
          received.push({ id: String(request.headers['webhook-id']), valid });
          response.writeHead(valid ? 204 : 400).end();
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      const endpoints = [
        {
          name: 'website',
          url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`,
          secret,
          scope: 'public' as const,
        },
      ];
      const env = { ...system.childEnv, VARNA_WEBHOOK_ENDPOINTS: JSON.stringify(endpoints) };
      const change: WebhookChangeItem = {
        tenant: TENANT,
        id: randomUUID(),
        eventType: 'content.published',
        types: ['page'],
        keys: ['hallonbatsfard'],
        paths: ['/hallonbatsfard'],
        audience: 'public',
        occurredAt: new Date().toISOString(),
      };
      await system.db.entities.webhookChange.create(change).go();
      expect(await queueDeliveries(system.db, change, endpoints, new Date())).toBe(1);
      try {
        // The claim passes and the receiver gets the POST; the sender is killed before its record of it is written.
        const held = system.gate.holdAfter('UpdateItem', 1, 'request', change.id.replace(/-/g, ''));
        const sender = startChild('test/faults/children/webhook-sender.ts', ['0'], env);
        await held;
        await sender.kill9();
        const killedAt = performance.now();
        system.gate.open();
        const deliveredBeforeKill = received.length;

        const sweep = startChild('test/faults/children/webhook-sender.ts', [String(AFTER_WEBHOOK_CLAIM_MS)], env);
        await sweep.line(/SWEPT/);
        await sweep.finished();
        const convergeMs = Math.round(performance.now() - killedAt);
        const sent = (await webhookDeliveriesIn(system.db, TENANT, 'SENT')).filter(
          (delivery) => delivery.changeId === change.id,
        );
        const ids = new Set(received.filter((delivery) => delivery.valid).map((delivery) => delivery.id));
        survived({
          fault: 'kill -9 of the webhook sender between claiming a delivery and recording it',
          kind: 'real',
          userSaw: `the website had the change at once (${deliveredBeforeKill} POST before the kill); ${received.length} POSTs in all, ${ids.size} webhook-id, the repeat after the 2 min claim hold`,
          converged: sent.length === 1 && received.every((delivery) => delivery.valid),
          convergeMs,
          lost: ids.size === 0 ? 1 : 0,
          // At least once: a repeat is the same delivery only if it carries the same webhook-id.
          duplicates: Math.max(0, ids.size - 1),
        });
      } finally {
        await new Promise((resolve) => receiver.close(resolve));
      }
    },
    ROW_TIMEOUT,
  );
});

describe('kill -9 of the CMS between its database commit and the read-model sync', () => {
  it(
    'leaves the page late on the website, never wrong; it reaches the API and the frontends hear of it once',
    async () => {
      const env = cmsEnv;
      await schemaPushed;
      const key = 'efter-avbrottet';
      const page = async () =>
        (await system.graphql(contractOperation('Page'), { slug: key })).data?.page as { title: string } | null;
      const announcements = async () =>
        (await system.items()).filter(
          (item) => item.__edb_e__ === 'webhookChange' && (item.keys as string[]).includes(key),
        ).length;

      // The save commits; its sync job starts and is killed while its write to the API's table is on its way.
      const held = system.gate.holdAfter('TransactWriteItems', 0, 'request');
      const cms = startChild('test/faults/children/cms-publish.ts', ['publish', key, 'Publicerad före avbrottet'], env);
      await cms.line(/COMMITTED \d+/, 90_000);
      await held;
      await cms.kill9();
      const killedAt = performance.now();
      system.gate.open();
      const during = await page();

      // Started again a quarter of an hour later: the stale job released, the job runner runs it; the resync
      // afterwards finds nothing out of line.
      const recovery = startChild('test/faults/children/cms-publish.ts', ['recover'], env);
      const released = Number((await recovery.line(/RELEASED (\d+)/, 90_000))[1]);
      const report = JSON.parse((await recovery.line(/RESYNCED (.+)/, 90_000))[1]!) as { republished: string[] };
      await recovery.finished();
      const recoveredBy = report.republished.includes(`page/${key}`)
        ? 'npm run cms:resync (the killed job was not run again)'
        : `the job runner, once the killed job (${released} released) had been processing for 15 min`;
      const after = await page();
      const convergeMs = Math.round(performance.now() - killedAt);
      const heard = await announcements();
      survived({
        fault: 'kill -9 of the CMS between its database commit and the read-model sync',
        kind: 'real',
        userSaw: `${during ? 'the page' : 'the page not yet in the API (page: null)'}; then the page, recovered by ${recoveredBy}`,
        converged:
          during === null &&
          after?.title === 'Publicerad före avbrottet' &&
          heard === 1 &&
          released === 1 &&
          !report.republished.includes(`page/${key}`),
        convergeMs,
        lost: (after ? 0 : 1) + (heard === 0 ? 1 : 0),
        duplicates: Math.max(0, heard - 1),
      });
    },
    ROW_TIMEOUT,
  );
});
