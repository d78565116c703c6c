import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTableConfig } from '../../functions/config.js';
import type { NotificationItem } from '../../functions/data/entities/notification.js';
import { startMailCatcher, type MailCatcher } from '../../functions/local/mail-catcher.js';
import { deliverDue } from '../../functions/notifications/deliver.js';
import { createSendMail } from '../../functions/notifications/mail.js';
import { publish } from '../../functions/read-model/publish.js';
import { trainingMessage } from '../../functions/training/messages.js';
import { stockholmTime } from '../../functions/training/notices.js';
import { createReminderHandler } from '../../functions/training/reminder-handler.js';
import { assertNoInternals, errorCodes, TENANT, createTestApi, type TestApi } from '../support/api.js';
import { contractOperation } from '../support/contract.js';
import { freePort } from '../support/free-port.js';
import { publishSocialServices, runStaffErase, tableEnvironmentOf } from '../support/training.js';

/**
 * Staff's e-mail about their training registrations (issue 30): registering, the waiting list, cancelling
 * and moving up write their message in the same transaction; the hourly job writes the day-before
 * reminder once per seat; the notifier sends them to a real SMTP server (smtp-server on 127.0.0.1), in the
 * language each person chose; `staff:erase` deletes a person's messages. Through the Lambda handler.
 */
let api: TestApi;
let catcher: MailCatcher;

const day = 24 * 60 * 60 * 1000;
const hour = 60 * 60 * 1000;
// A start on the hour, three days from now: registration is open, and the reminder job is run as of the day before.
const startsAt = new Date(Math.ceil((Date.now() + 3 * day) / hour) * hour);
const title = { sv: 'Bemötande av oro (test)', en: 'Responding to concern (test)' };
const when = stockholmTime(startsAt.toISOString());

const staff = (sub: string) =>
  api.token('staff', sub, undefined, { name: `Person ${sub}`, email: `${sub}@example.org` });

/** RegisterForTraining as the contract has it, or with the optional locale the schema offers beside it. */
const registerWithLocale = `mutation RegisterForTrainingInLanguage($trainingId: ID!, $department: String!, $idempotencyKey: String!, $locale: Locale) {
  registerForTraining(input: { trainingId: $trainingId, department: $department, idempotencyKey: $idempotencyKey, locale: $locale }) {
    id status waitlistPosition
  }
}`;
let keys = 0;
async function register(trainingId: string, token: string, locale?: string) {
  const variables = {
    trainingId,
    department: 'socialforvaltningen',
    idempotencyKey: `mail-key-${++keys}-${Date.now()}`,
  };
  const response = locale
    ? await api.graphql(registerWithLocale, { ...variables, locale }, { token })
    : await api.graphql(contractOperation('RegisterForTraining'), variables, { token });
  assertNoInternals(response);
  return response;
}

/** The outbox's messages about one training's registrations. */
async function outboxOf(trainingKey: string): Promise<NotificationItem[]> {
  const statuses = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;
  const all = await Promise.all(
    statuses.map((status) =>
      api.db.entities.notification.query.byStatus({ tenant: TENANT, status }).go({ pages: 'all' }),
    ),
  );
  return all.flatMap((result) => result.data).filter((message) => message.trainingKey === trainingKey);
}

/** A MIME header's encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`) as text. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

/** A received mail's subject and text, decoded as a mail client would. */
function read(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const subject = decodeWords(/^Subject: (.*)$/im.exec(headers)?.[1] ?? '');
  const encoding = /^Content-Transfer-Encoding: (.*)$/im.exec(headers)?.[1]?.trim().toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? Buffer.from(
          body
            .replace(/=\r\n/g, '')
            .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8')
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body;
  return { subject, text };
}

const mailsTo = (sub: string) =>
  catcher.received.filter((mail) => mail.to.includes(`${sub}@example.org`)).map((mail) => read(mail.raw));

const send = () => createSendMail({ from: 'Botkyrka kommun <utbildning@botkyrka.example>', smtpUrl: catcher.url });

beforeAll(async () => {
  api = await createTestApi();
  catcher = await startMailCatcher({ port: await freePort() });
  await publishSocialServices(api);
  const training = (key: string, start: Date, capacity: number) =>
    publish(api.db, TENANT, {
      type: 'training',
      key,
      revision: 1,
      visibility: 'INTERNAL',
      title,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3 * hour).toISOString(),
      audience: 'FIRST_LINE_STAFF',
      capacity,
    });
  await training('mail-course', startsAt, 1);
  // Starts two days after it: not within the day the job looks ahead.
  await training('mail-later', new Date(startsAt.getTime() + 2 * day), 5);
});

afterAll(async () => {
  await catcher?.stop();
});

describe('stockholmTime', () => {
  it('writes an instant as Stockholm’s wall clock, in winter (UTC+1) and in summer (UTC+2)', () => {
    expect(stockholmTime('2026-12-10T16:00:00Z')).toBe('2026-12-10 17:00');
    expect(stockholmTime('2026-06-10T22:30:00Z')).toBe('2026-06-11 00:30');
  });
});

describe('trainingMessage', () => {
  it('writes nothing for a registration whose staff token had no e-mail address', () => {
    const registration = {
      tenant: TENANT,
      trainingKey: 'mail-course',
      ticket: '2026-12-01T10:00:00.000Z~abc',
      subject: 'no-mail',
      person: 'p',
      department: 'socialforvaltningen',
      status: 'REGISTERED' as const,
      attended: false,
      registeredAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z',
    };
    const training = { title, startsAt: startsAt.toISOString() };
    expect(trainingMessage({ tenant: TENANT }, new Date(), 'REGISTERED', registration, training)).toBeNull();
    expect(
      trainingMessage(
        { tenant: TENANT },
        new Date(),
        'REGISTERED',
        { ...registration, email: 'a@example.org' },
        training,
      ),
    ).toMatchObject({ to: 'a@example.org', subject: `Du är anmäld: ${title.sv}` });
  });
});

describe('e-mail to staff about their training registrations', () => {
  let annasRegistration: string;

  it('writes the registration’s message in its own transaction: a seat, or the place on the waiting list', async () => {
    const [anna, bo, cecilia] = await Promise.all(['anna', 'bo', 'cecilia'].map(staff));
    const first = (await register('mail-course', anna!)).body.data!.registerForTraining;
    expect(first).toMatchObject({ status: 'REGISTERED' });
    annasRegistration = first.id;
    expect((await register('mail-course', bo!, 'EN')).body.data!.registerForTraining).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 1,
    });
    expect((await register('mail-course', cecilia!, 'SV')).body.data!.registerForTraining).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 2,
    });
    const messages = await outboxOf('mail-course');
    expect(messages.map((message) => [message.to, message.id.split(':')[0]]).sort()).toEqual([
      ['anna@example.org', 'training-registered'],
      ['bo@example.org', 'training-waitlisted'],
      ['cecilia@example.org', 'training-waitlisted'],
    ]);
    expect(messages.every((message) => message.status === 'PENDING' && !message.associationId)).toBe(true);
    expect(messages.find((message) => message.to === 'anna@example.org')?.registrationId).toBe(annasRegistration);
  });

  it('refuses a locale the schema does not know, and writes nothing', async () => {
    const dora = await staff('dora');
    const response = await register('mail-course', dora, 'DE');
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect((await outboxOf('mail-course')).some((message) => message.to === 'dora@example.org')).toBe(false);
  });

  it('tells the one who cancels, and the first waiting that they have a seat now (the same transaction)', async () => {
    const anna = await staff('anna');
    const cancelled = await api.graphql(
      contractOperation('CancelTrainingRegistration'),
      { id: annasRegistration },
      {
        token: anna,
      },
    );
    expect(cancelled.body.data?.cancelTrainingRegistration).toMatchObject({ status: 'CANCELLED' });
    const kinds = (await outboxOf('mail-course')).map((message) => `${message.to} ${message.id.split(':')[0]}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['anna@example.org training-cancelled', 'bo@example.org training-moved-up']),
    );
    expect(kinds).toHaveLength(5);
    // Cancelling again changes nothing and tells nobody again.
    await api.graphql(contractOperation('CancelTrainingRegistration'), { id: annasRegistration }, { token: anna });
    expect(await outboxOf('mail-course')).toHaveLength(5);
  });

  it('writes one reminder per seat the day before, however often the job runs; none to the cancelled or waiting', async () => {
    const eva = await staff('eva');
    expect((await register('mail-later', eva)).body.data!.registerForTraining).toMatchObject({ status: 'REGISTERED' });
    const dayBefore = new Date(startsAt.getTime() - 20 * hour);
    const job = createReminderHandler(loadTableConfig(environment()), () => dayBefore);
    expect(await job()).toEqual({ trainings: 1, reminders: 1, alreadySent: 0 });
    expect(await job()).toEqual({ trainings: 1, reminders: 0, alreadySent: 1 });
    const reminders = (await outboxOf('mail-course')).filter((message) => message.id.startsWith('training-reminder:'));
    expect(reminders.map((message) => message.to)).toEqual(['bo@example.org']);
    expect(
      (await outboxOf('mail-later')).filter((message) => message.id.startsWith('training-reminder:')),
    ).toHaveLength(0);

    // The notifier delivers everything due (a minute after the job's time) to the SMTP server, once.
    const sweep = new Date(dayBefore.getTime() + 60_000);
    expect((await deliverDue(api.db, TENANT, send(), 'notifier-test', sweep)).sent).toBe(7);
    expect((await deliverDue(api.db, TENANT, send(), 'notifier-test', sweep)).sent).toBe(0);
    expect((await outboxOf('mail-course')).every((message) => message.status === 'SENT')).toBe(true);

    const anna = mailsTo('anna');
    expect(anna.map((mail) => mail.subject).sort()).toEqual(
      [`Avbokad: ${title.sv}`, `Du är anmäld: ${title.sv}`].sort(),
    );
    const registered = anna.find((mail) => mail.subject.startsWith('Du är anmäld'))!;
    expect(registered.text).toContain(`"${title.sv}", som börjar ${when}`);
    expect(registered.text).toContain('Avboka på intranätet');

    const bo = mailsTo('bo');
    expect(bo.map((mail) => mail.subject).sort()).toEqual(
      [
        `Reminder: ${title.en} starts ${when}`,
        `You are on the waiting list: ${title.en}`,
        `You have a seat now: ${title.en}`,
      ].sort(),
    );
    expect(bo.find((mail) => mail.subject.startsWith('You are on'))!.text).toContain('number 1 on the waiting list');
    expect(bo.find((mail) => mail.subject.startsWith('Reminder'))!.text).toContain('Cancel on the intranet');

    const cecilia = mailsTo('cecilia');
    expect(cecilia.map((mail) => mail.subject)).toEqual([`Du står på väntelistan: ${title.sv}`]);
    expect(cecilia[0]!.text).toContain('plats 2 på väntelistan');
    expect(cecilia[0]!.text).toContain('Avboka på intranätet');
    expect(mailsTo('eva').map((mail) => mail.subject)).toEqual([`Du är anmäld: ${title.sv}`]);
  });

  it('deletes a person’s training e-mail on erasure (npm run staff:erase), without telling them of the cancellation', async () => {
    const { stdout } = await runStaffErase('bo', tableEnvironmentOf(api));
    expect(stdout).toContain('1 upcoming registration(s) cancelled');
    expect(stdout).toContain('3 training e-mail(s) deleted');
    const messages = await outboxOf('mail-course');
    expect(messages.some((message) => message.to === 'bo@example.org')).toBe(false);
    // cecilia moved up into bo's seat and is told; anna's messages stay hers.
    expect(messages.map((message) => `${message.to} ${message.id.split(':')[0]}`).sort()).toEqual([
      'anna@example.org training-cancelled',
      'anna@example.org training-registered',
      'cecilia@example.org training-moved-up',
      'cecilia@example.org training-waitlisted',
    ]);
  });
});

function environment() {
  return {
    VARNA_TENANT: api.config.tenant,
    VARNA_TABLE_NAME: api.config.dynamo.tableName,
    DYNAMODB_ENDPOINT: api.config.dynamo.endpoint,
    AWS_REGION: api.config.dynamo.region,
    VARNA_LOG_LEVEL: 'SILENT',
  };
}
