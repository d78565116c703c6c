import type { PayloadRequest } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actOnStale, StaleActionError } from '../../cms/attention/stale-actions.js';
import { staleDocuments } from '../../cms/attention/stale.js';
import { lexical } from '../support/rich-text.js';
import { startCms, type TestCms } from './support.js';

/** The dashboard's "Kontrollerad nu" and "Jag ansvarar" on a stale item (cms/attention/stale-actions.ts), as an editor. */
let cms: TestCms;

beforeAll(async () => {
  cms = await startCms('sqlite');
}, 180_000);

afterAll(async () => {
  await cms?.close();
});

const published = (key: string, title: string) =>
  cms.payload.create({
    collection: 'support-resources',
    data: {
      visibility: 'PUBLIC',
      _status: 'published',
      key,
      title,
      body: lexical('Ring oss.'),
      audiences: ['RELATIVES'],
      languages: ['sv'],
    },
    depth: 0,
    overrideAccess: true,
  });

describe('acting on stale details', () => {
  it('marks verified and makes the editor the owner; refuses contributors and unpublished drafts', async () => {
    const { payload } = cms;
    const user = await payload.create({
      collection: 'users',
      data: { email: 'ansvarig@botkyrka.example', password: 'an-editors-password-1', roles: ['editor'] },
      overrideAccess: true,
    });
    const asEditor = { payload, user: { ...user, collection: 'users' }, context: {} } as unknown as PayloadRequest;
    const first = await published('forsta', 'Första');
    const second = await published('andra', 'Andra');
    const titles = async () => (await staleDocuments(payload, new Date(), 12)).map((item) => item.title);
    expect(await titles()).toEqual(expect.arrayContaining(['Första', 'Andra']));

    await actOnStale(asEditor, `support-resources:${first.id}`, 'verify');
    expect(await titles()).not.toContain('Första');

    const owned = await actOnStale(asEditor, `support-resources:${second.id}`, 'own');
    expect(owned.said.sv).toBe('Du är nu ansvarig redaktör för "Andra".');
    const stale = (await staleDocuments(payload, new Date(), 12)).find((item) => item.title === 'Andra');
    expect(stale?.owner?.email).toBe('ansvarig@botkyrka.example');

    const contributor = {
      payload,
      user: { ...user, roles: ['contributor'] },
      context: {},
    } as unknown as PayloadRequest;
    await expect(actOnStale(contributor, `support-resources:${second.id}`, 'verify')).rejects.toMatchObject({
      status: 403,
    });
    await payload.update({
      collection: 'support-resources',
      id: second.id,
      data: { title: 'Andra, utkast' },
      draft: true,
      overrideAccess: true,
    });
    const refused = await actOnStale(asEditor, `support-resources:${second.id}`, 'verify').catch((error) => error);
    expect(refused).toBeInstanceOf(StaleActionError);
    expect((refused as StaleActionError).said.sv).toMatch(/har ett utkast som inte är publicerat/);
    await expect(actOnStale(asEditor, 'pages:1', 'verify')).rejects.toMatchObject({ status: 400 });
  });
});
