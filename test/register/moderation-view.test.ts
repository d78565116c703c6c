import { beforeAll, describe, expect, it } from 'vitest';
import { registerContextOf } from '../../cms/moderation/register-context.js';
import { setReadModelTarget } from '../../cms/publishing/read-model-target.js';
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
    const queue = await moderationQueue(registerContextOf({ user: { email: 'editor@example.org', roles: ['editor'] } as never }));
    expect(queue.associations.map((association) => association.name)).toEqual(['Norsborgs idrottsklubb (exempel)']);
    expect(queue.activities.map((activity) => [activity.title, activity.associationName])).toEqual([['Dialogkväll: tro och tillit (exempel)', 'Dialogföreningen Fittja (exempel)']]);
  });

  it('refuses contributors and signed-out visitors with the contract codes', async () => {
    await expect(moderationQueue(registerContextOf({ user: { email: 'c@example.org', roles: ['contributor'] } as never }))).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(moderationQueue(registerContextOf({ user: null }))).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
