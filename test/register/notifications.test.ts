import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationItem } from '../../functions/data/entities/notification.js';
import { loadTableConfig } from '../../functions/config.js';
import { freePort } from '../support/free-port.js';
import { startMailCatcher, type MailCatcher } from '../../functions/local/mail-catcher.js';
import { subscribeToTableStream } from '../../functions/local/table-stream.js';
import { deliverDue } from '../../functions/notifications/deliver.js';
import { createNotifierHandler } from '../../functions/notifications/handler.js';
import { createSendMail } from '../../functions/notifications/mail.js';
import { notificationStreamFilter } from '../../functions/notifications/stream-filter.js';
import { errorCodes, TENANT, type TestApi } from '../support/api.js';
import { activityInput, registerCalls, registration, startRegisterTest } from './support.js';

/**
 * The register's e-mail to associations: a moderator's decision writes its message into the outbox in
 * the decision's own transaction; the notifier sends it to a real SMTP server (smtp-server on 127.0.0.1)
 * at most once, retrying while the server is down.
 */
let api: TestApi;
let calls: ReturnType<typeof registerCalls>;
let moderator: string;
let owner: string;
let catcher: MailCatcher;
let associationId: string;

const outbox = async (): Promise<NotificationItem[]> => {
  const statuses = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;
  const all = await Promise.all(
    statuses.map((status) =>
      api.db.entities.notification.query.byStatus({ tenant: TENANT, status }).go({ pages: 'all' }),
    ),
  );
  return all.flatMap((result) => result.data).filter((message) => message.associationId === associationId);
};
const contact = 'kontakt@utskick.example.org';
const minutes = (count: number) => new Date(Date.now() + count * 60_000);

beforeAll(async () => {
  ({ api, calls, moderator } = await startRegisterTest('moderator-utskick'));
  owner = await api.token('association', 'account-notifications');
  catcher = await startMailCatcher({ port: await freePort() });
});

afterAll(async () => {
  await catcher?.stop();
});

describe('notifications to associations', () => {
  it("writes one message per moderator's decision, none for the association's own changes or a refused decision", async () => {
    const registered = await calls.register(
      owner,
      registration({ name: 'Utskicksföreningen', contactPerson: { name: 'Ulla Utskick', email: contact } }),
    );
    associationId = registered.body.data!.registerAssociation.id;
    await calls.update(owner, associationId, 1, { description: 'Ändrad av föreningen.' });
    expect(await outbox()).toEqual([]);

    await calls.approve(moderator, associationId);
    const [message] = await outbox();
    expect(await outbox()).toHaveLength(1);
    expect(message).toMatchObject({ to: contact, status: 'PENDING', attempts: 0 });
    expect(message!.text).toContain('Föreningen Utskicksföreningen är godkänd');
    expect(message!.text).toContain('The association Utskicksföreningen is approved');
    // The message is the decision's: they share the id, written together.
    const { data: decisions } = await api.db.entities.registerDecision.query
      .byAssociation({ tenant: TENANT, associationId })
      .go();
    expect(decisions.find((decision) => decision.action === 'ASSOCIATION_APPROVED')?.id).toBe(message!.id);

    expect(errorCodes(await calls.approve(moderator, associationId))).toEqual(['CONFLICT']);
    expect(errorCodes(await calls.reject(moderator, associationId))).toEqual(['CONFLICT']);
    expect(await outbox()).toHaveLength(1);
  });

  it('delivers the message to the SMTP server once and marks it sent', async () => {
    const send = createSendMail({ from: 'Botkyrka kommun <foreningar@botkyrka.example>', smtpUrl: catcher.url });
    expect((await deliverDue(api.db, TENANT, send, 'sender-1', new Date())).sent).toBeGreaterThanOrEqual(1);
    const mine = catcher.received.filter((mail) => mail.to.includes(contact));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.raw).toMatch(/Subject: .*Utskicksf/);
    expect((await outbox())[0]).toMatchObject({ status: 'SENT', attempts: 1 });
    await deliverDue(api.db, TENANT, send, 'sender-1', new Date());
    expect(catcher.received.filter((mail) => mail.to.includes(contact))).toHaveLength(1);
  });

  it('retries after the mail server was down, later, and then delivers', async () => {
    const activityId = (await calls.submit(owner, activityInput({ title: 'Utskickskväll' }))).body.data!.submitActivity
      .id;
    await calls.rejectActivity(moderator, activityId, 'Lokalen är upptagen.');
    const down = createSendMail({
      from: 'foreningar@botkyrka.example',
      smtpUrl: `smtp://127.0.0.1:${await freePort()}`,
    });
    expect(await deliverDue(api.db, TENANT, down, 'sender-2', new Date())).toMatchObject({ sent: 0, retrying: 1 });
    const waiting = (await outbox()).find((message) => message.status === 'PENDING')!;
    expect(waiting).toMatchObject({ attempts: 1 });
    expect(waiting.lastError).toBeTruthy();
    expect(Date.parse(waiting.nextAttemptAt)).toBeGreaterThan(Date.now());

    const up = createSendMail({ from: 'foreningar@botkyrka.example', smtpUrl: catcher.url });
    // Not before its pause is over; then it goes.
    expect((await deliverDue(api.db, TENANT, up, 'sender-2', new Date())).sent).toBe(0);
    expect((await deliverDue(api.db, TENANT, up, 'sender-2', minutes(2))).sent).toBe(1);
    const mails = catcher.received.filter((mail) => mail.to.includes(contact));
    expect(mails).toHaveLength(2);
    expect(mails[1]!.raw).toContain('Lokalen'); // (the text is quoted-printable: its å, ä, ö are encoded)
  });

  it('never sends a message twice, with two senders racing for it', async () => {
    await calls.suspend(moderator, associationId, 'Oklart ansvar.');
    const send = createSendMail({ from: 'foreningar@botkyrka.example', smtpUrl: catcher.url });
    const before = catcher.received.length;
    const [first, second] = await Promise.all([
      deliverDue(api.db, TENANT, send, 'sender-a', new Date()),
      deliverDue(api.db, TENANT, send, 'sender-b', new Date()),
    ]);
    expect(first.sent + second.sent).toBe(1);
    expect(catcher.received.length - before).toBe(1);
    expect((await outbox()).every((message) => message.status === 'SENT')).toBe(true);
  });

  it("sends a decision's message by itself: the notifier wakes on the table's stream", async () => {
    const environment = {
      VARNA_TABLE_NAME: api.config.dynamo.tableName,
      DYNAMODB_ENDPOINT: api.config.dynamo.endpoint,
      VARNA_LOG_LEVEL: 'SILENT',
    };
    const subscription = await subscribeToTableStream({
      endpoint: api.config.dynamo.endpoint!,
      tableName: api.config.dynamo.tableName,
      filters: [notificationStreamFilter()],
      handler: createNotifierHandler(loadTableConfig(environment), {
        from: 'foreningar@botkyrka.example',
        smtpUrl: catcher.url,
      }),
    });
    try {
      const before = catcher.received.length;
      await calls.approve(moderator, associationId);
      await expect.poll(() => catcher.received.length - before, { timeout: 5000, interval: 100 }).toBe(1);
    } finally {
      await subscription.stop();
    }
  });
});
