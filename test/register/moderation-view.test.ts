import { beforeAll, describe, expect, it } from 'vitest';
import { registerContextOf } from '../../cms/moderation/register-context.js';
import { setReadModelTarget } from '../../cms/publishing/read-model-target.js';
import { updateAssociation } from '../../functions/register/associations.js';
import { moderationQueue } from '../../functions/register/moderation-queue.js';
import { createTestApi, TENANT, type TestApi } from '../support/api.js';
import { seedSample } from '../support/seed.js';

/** The CMS's moderation view decides through the register's core code, with the CMS user's role. */
let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
  await seedSample(api);
  setReadModelTarget({ db: api.db, tenant: TENANT });
});

describe('the moderation view', () => {
  it('lists pending registrations and submitted activities to editors', async () => {
    const queue = await moderationQueue(
      await registerContextOf({ user: { email: 'editor@example.org', roles: ['editor'] } }),
    );
    expect(queue.associations.map((association) => association.name)).toEqual(['Norsborgs idrottsklubb (exempel)']);
    expect(queue.activities.map((activity) => [activity.title, activity.associationName])).toEqual([
      ['Dialogkväll: tro och tillit (exempel)', 'Dialogföreningen Fittja (exempel)'],
    ]);
  });

  it("lists an approved association's waiting change, with the public and the proposed version", async () => {
    const editor = await registerContextOf({ user: { email: 'editor@example.org', roles: ['editor'] } });
    const owner = {
      db: api.db,
      tenant: TENANT,
      viewer: { role: 'ASSOCIATION' as const, subject: 'account-fittja-dialog' },
      now: new Date(),
    };
    // The example content has one waiting change (Tumba's); Fittja's is not among them yet.
    expect((await moderationQueue(editor)).changes.map((association) => association.id)).toEqual(['a-tumba-foraldrar']);
    const { data: mine } = await api.db.entities.association.query
      .byAccount({ tenant: TENANT, accountId: 'account-fittja-dialog' })
      .go();
    await updateAssociation(owner, mine[0]!.id, mine[0]!.version, {
      description: 'Ny beskrivning som väntar (exempel).',
      website: 'https://ny.example.org',
    });
    const queue = await moderationQueue(editor);
    const fittja = queue.changes.filter((association) => association.id === mine[0]!.id);
    expect(
      fittja.map((association) => [
        association.name,
        association.description,
        association.pendingChange?.description,
        association.pendingChange?.website,
      ]),
    ).toEqual([
      [
        'Dialogföreningen Fittja (exempel)',
        mine[0]!.description,
        'Ny beskrivning som väntar (exempel).',
        'https://ny.example.org',
      ],
    ]);
  });

  it('refuses contributors and signed-out visitors with the contract codes', async () => {
    await expect(
      moderationQueue(await registerContextOf({ user: { email: 'c@example.org', roles: ['contributor'] } })),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(moderationQueue(await registerContextOf({ user: null }))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});
