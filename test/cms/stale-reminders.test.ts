import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindStaleOwners } from '../../cms/attention/remind-stale-task.js';
import { staleDocuments } from '../../cms/attention/stale.js';
import { freePort } from '../support/free-port.js';
import { startMailCatcher, type MailCatcher } from '../../functions/local/mail-catcher.js';
import { startCms, type TestCms } from './support.js';
import { lexical } from '../support/rich-text.js';

/**
 * Stale details: support resources and organisations not verified within the configured age (or never)
 * are listed, and their owner gets a reminder through the CMS's mail (Payload's nodemailer adapter, here
 * to a real SMTP server on 127.0.0.1) at most once a week per document.
 */
let cms: TestCms;
let catcher: MailCatcher;
const owner = 'agare@botkyrka.example';
const day = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  catcher = await startMailCatcher({ port: await freePort() });
  // The CMS's mail configuration, read when its config loads.
  process.env.VARNA_SMTP_URL = catcher.url;
  process.env.VARNA_MAIL_FROM = 'Värna <varna@botkyrka.example>';
  cms = await startCms('sqlite');
  const { payload } = cms;
  const user = await payload.create({
    collection: 'users',
    data: { email: owner, password: 'an-owners-password-1', roles: ['editor'] },
    overrideAccess: true,
  });
  // A draft support resource of the owner's, verified `verifiedDaysAgo` days ago (never, without it).
  const supportResource = (key: string, title: string, verifiedDaysAgo?: number) =>
    payload.create({
      collection: 'support-resources',
      data: {
        visibility: 'PUBLIC',
        _status: 'draft',
        owner: user.id,
        key,
        title,
        ...(verifiedDaysAgo === undefined
          ? {}
          : { verifiedAt: new Date(Date.now() - verifiedDaysAgo * day).toISOString() }),
      },
      draft: true,
      overrideAccess: true,
    });
  await supportResource('aldrig-kontrollerad', 'Aldrig kontrollerad');
  await supportResource('gammal-kontroll', 'Gammal kontroll', 400);
  await supportResource('nyss-kontrollerad', 'Nyss kontrollerad', 45);
  await payload.create({
    collection: 'organisations',
    data: { key: 'utan-agare', name: 'Utan ägare', visibility: 'PUBLIC', _status: 'draft' },
    draft: true,
    overrideAccess: true,
  });
}, 180_000);

afterAll(async () => {
  await cms?.close();
  await catcher?.stop();
  delete process.env.VARNA_SMTP_URL;
  delete process.env.VARNA_MAIL_FROM;
});

describe('stale details', () => {
  it('lists what was never verified or not within the configured age, with its owner', async () => {
    const stale = await staleDocuments(cms.payload, new Date(), 12);
    expect(stale.map((item) => item.title).sort()).toEqual(['Aldrig kontrollerad', 'Gammal kontroll', 'Utan ägare']);
    expect(stale.find((item) => item.title === 'Gammal kontroll')?.owner?.email).toBe(owner);
    expect(stale.find((item) => item.title === 'Utan ägare')?.owner).toBeNull();
    // A shorter age makes the recently verified one stale too.
    expect((await staleDocuments(cms.payload, new Date(), 1)).map((item) => item.title)).toContain('Nyss kontrollerad');
  });

  it('reminds the owner of each stale item once a week, by e-mail', async () => {
    const now = new Date();
    expect(await remindStaleOwners(cms.payload, now, 12)).toEqual({ reminded: 2, skipped: 0 });
    const toOwner = () => catcher.received.filter((mail) => mail.to.includes(owner));
    expect(toOwner()).toHaveLength(2);
    expect(
      toOwner()
        .map((mail) => /^Subject: (.*)$/m.exec(mail.raw)?.[1])
        .join(' '),
    ).toMatch(/kontrollera/);
    // The same day, and six days later: nothing new.
    expect(await remindStaleOwners(cms.payload, new Date(now.getTime() + 60_000), 12)).toEqual({
      reminded: 0,
      skipped: 2,
    });
    expect(await remindStaleOwners(cms.payload, new Date(now.getTime() + 6 * day), 12)).toEqual({
      reminded: 0,
      skipped: 2,
    });
    expect(toOwner()).toHaveLength(2);
    // A week on: one more each.
    expect(await remindStaleOwners(cms.payload, new Date(now.getTime() + 7 * day + 60_000), 12)).toEqual({
      reminded: 2,
      skipped: 0,
    });
    expect(toOwner()).toHaveLength(4);
  });

  it("makes a new document's author its owner, and an editor's first publish its verification (an import's is not)", async () => {
    const { payload } = cms;
    const author = await payload.create({
      collection: 'users',
      data: { email: 'forfattare@botkyrka.example', password: 'an-authors-password-1', roles: ['editor'] },
      overrideAccess: true,
    });
    const created = await payload.create({
      collection: 'support-resources',
      data: { visibility: 'PUBLIC', _status: 'draft', key: 'ny-av-redaktor', title: 'Ny av redaktör' },
      draft: true,
      depth: 0,
      user: author,
      overrideAccess: false,
    });
    // The author answers for it; a draft vouches for nothing yet.
    expect([created.owner, created.verifiedAt ?? null]).toEqual([author.id, null]);

    const before = Date.now();
    const published = await payload.update({
      collection: 'support-resources',
      id: created.id,
      data: { body: lexical('Ring oss.'), audiences: ['RELATIVES'], languages: ['sv'], _status: 'published' },
      depth: 0,
      user: author,
      overrideAccess: false,
    });
    expect(Date.parse(published.verifiedAt!)).toBeGreaterThanOrEqual(before - 1000);
    const stale = await staleDocuments(payload, new Date(), 12);
    expect(stale.map((item) => item.title)).not.toContain('Ny av redaktör');

    // A later publish keeps the verification the editor gave; so does one the editor set by hand.
    const again = await payload.update({
      collection: 'support-resources',
      id: created.id,
      data: { title: 'Ny av redaktör, ändrad', _status: 'published' },
      depth: 0,
      user: author,
      overrideAccess: false,
    });
    expect(again.verifiedAt).toBe(published.verifiedAt);

    // Published without a person (an import, the example content): neither owned nor verified.
    const imported = await payload.create({
      collection: 'support-resources',
      data: {
        visibility: 'PUBLIC',
        _status: 'published',
        key: 'importerad',
        title: 'Importerad',
        body: lexical('Text.'),
        audiences: ['RELATIVES'],
        languages: ['sv'],
      },
      depth: 0,
      overrideAccess: true,
    });
    expect([imported.owner ?? null, imported.verifiedAt ?? null]).toEqual([null, null]);
  });

  it('runs as a scheduled job every morning', () => {
    const task = cms.payload.config.jobs.tasks?.find((candidate) => candidate.slug === 'remindStaleContent');
    expect(task?.schedule).toEqual([{ cron: '0 0 6 * * *', queue: 'default' }]);
  });
});
