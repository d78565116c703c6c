import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVITATION_VALID_MS } from '../../cms/auth/invitation.js';
import { startMailCatcher, type MailCatcher } from '../../functions/local/mail-catcher.js';
import { freePort } from '../support/free-port.js';
import { startCms, type TestCms } from './support.js';

/**
 * Invitations (issue 30): an admin who creates a CMS user without a password invites them. The invitation
 * is a queued job that mails, through the CMS's mail (Payload's nodemailer adapter, here to a real SMTP
 * server on 127.0.0.1), one Swedish message with a link to Payload's reset-password view; the password
 * set there signs in.
 */
let cms: TestCms;
let catcher: MailCatcher;
const invited = 'ny.redaktor@botkyrka.example';

beforeAll(async () => {
  catcher = await startMailCatcher({ port: await freePort() });
  process.env.VARNA_SMTP_URL = catcher.url;
  process.env.VARNA_MAIL_FROM = 'Värna <varna@botkyrka.example>';
  cms = await startCms('sqlite');
}, 180_000);

afterAll(async () => {
  await cms?.close();
  await catcher?.stop();
  delete process.env.VARNA_SMTP_URL;
  delete process.env.VARNA_MAIL_FROM;
});

/** A mail's body as text: nodemailer writes Swedish text quoted-printable. */
const bodyOf = (raw: string) =>
  raw.replace(/=\r?\n/g, '').replace(/(=[0-9A-F]{2})+/g, (bytes) =>
    Buffer.from(
      bytes
        .split('=')
        .slice(1)
        .map((hex) => parseInt(hex, 16)),
    ).toString('utf8'),
  );

describe('invitations', () => {
  it('mails a user an admin created without a password, once, a link that sets a password that signs in', async () => {
    const { payload } = cms;
    const admin = await payload.create({
      collection: 'users',
      data: { email: 'admin@botkyrka.example', password: 'an-admins-password-1', roles: ['admin'] },
      overrideAccess: true,
    });
    const before = Date.now();
    // As the admin, through access control: no password chosen.
    const user = await payload.create({
      collection: 'users',
      data: { email: invited, name: 'Nora Redaktör', roles: ['editor'] },
      user: admin,
      overrideAccess: false,
    });
    // Nothing is mailed by the save itself: the job runner sends it, and retries it.
    expect(catcher.received.filter((mail) => mail.to.includes(invited))).toHaveLength(0);
    await payload.jobs.run({ queue: 'default', limit: 10 });
    await payload.jobs.run({ queue: 'default', limit: 10 });
    const mails = catcher.received.filter((mail) => mail.to.includes(invited));
    expect(mails).toHaveLength(1);
    const body = bodyOf(mails[0]!.raw);
    expect(body).toMatch(/^Subject: .*Välkommen/m);
    expect(body).toContain('Hej Nora Redaktör,');
    expect(body).toContain('Välj ditt lösenord');
    expect(body).toContain('Länken gäller i 7 dagar');
    const link = /http:\/\/127\.0\.0\.1:3000\/admin\/reset\/([0-9a-f]+)/.exec(body);
    expect(link, body).not.toBeNull();

    // A week, not Payload's hour.
    const stored = await payload.findByID({
      collection: 'users',
      id: user.id,
      showHiddenFields: true,
      overrideAccess: true,
    });
    const expires = Date.parse(String((stored as { resetPasswordExpiration?: string }).resetPasswordExpiration));
    expect(expires).toBeGreaterThanOrEqual(before + INVITATION_VALID_MS - 60_000);

    // Nobody knows the random password the account was created with.
    await expect(payload.login({ collection: 'users', data: { email: invited, password: '' } })).rejects.toThrow();

    // The reset view's form posts the link's token with the new password (Payload's reset-password operation).
    await payload.resetPassword({
      collection: 'users',
      data: { token: link![1]!, password: 'noras-own-password-1' },
      overrideAccess: true,
    });
    const signedIn = await payload.login({
      collection: 'users',
      data: { email: invited, password: 'noras-own-password-1' },
    });
    expect(signedIn.user?.email).toBe(invited);
    // The link works once.
    await expect(
      payload.resetPassword({
        collection: 'users',
        data: { token: link![1]!, password: 'someone-elses-1' },
        overrideAccess: true,
      }),
    ).rejects.toThrow();
  });

  it("invites when the admin form's invitation is chosen: the password the form filled in is not the account's", async () => {
    const { payload } = cms;
    const formFilled = 'the-forms-random-password-1';
    await payload.create({
      collection: 'users',
      data: { email: 'via.formular@botkyrka.example', password: formFilled, invite: true, roles: ['editor'] },
      overrideAccess: true,
    });
    await payload.jobs.run({ queue: 'default', limit: 10 });
    const mails = catcher.received.filter((mail) => mail.to.includes('via.formular@botkyrka.example'));
    expect(mails).toHaveLength(1);
    expect(bodyOf(mails[0]!.raw)).toMatch(/\/admin\/reset\/[0-9a-f]+/);
    await expect(
      payload.login({ collection: 'users', data: { email: 'via.formular@botkyrka.example', password: formFilled } }),
    ).rejects.toThrow();
  });

  it('does not invite a user whose password the admin chose', async () => {
    const { payload } = cms;
    await payload.create({
      collection: 'users',
      data: { email: 'med.losenord@botkyrka.example', password: 'chosen-password-1', roles: ['contributor'] },
      overrideAccess: true,
    });
    await payload.jobs.run({ queue: 'default', limit: 10 });
    expect(catcher.received.filter((mail) => mail.to.includes('med.losenord@botkyrka.example'))).toHaveLength(0);
  });

  it('mails "Glömt lösenord?" in Swedish with English below, with a link that sets a new password', async () => {
    const { payload } = cms;
    const email = 'glomt.losenord@botkyrka.example';
    await payload.create({
      collection: 'users',
      data: { email, password: 'first-password-1', roles: ['editor'] },
      overrideAccess: true,
    });
    await payload.forgotPassword({ collection: 'users', data: { email }, overrideAccess: true });
    const mails = catcher.received.filter((mail) => mail.to.includes(email));
    expect(mails).toHaveLength(1);
    const body = bodyOf(mails[0]!.raw);
    expect(body).toMatch(/^Subject: .*v.lj_ett_nytt/m);
    expect(body).toContain('Välj ett nytt lösenord här');
    expect(body).toContain('Choose one at the link above');
    const token = /\/admin\/reset\/([0-9a-f]+)/.exec(body)?.[1];
    expect(token, body).toBeDefined();
    await payload.resetPassword({
      collection: 'users',
      data: { token: token!, password: 'second-password-1' },
      overrideAccess: true,
    });
    const signedIn = await payload.login({ collection: 'users', data: { email, password: 'second-password-1' } });
    expect(signedIn.user?.email).toBe(email);
  });
});
