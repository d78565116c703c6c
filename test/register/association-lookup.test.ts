import { beforeAll, describe, expect, it } from 'vitest';
import { registerContextOf } from '../../cms/moderation/register-context.js';
import { setReadModelTarget } from '../../cms/publishing/read-model-target.js';
import { associationWithHistory, findAssociations } from '../../functions/register/association-lookup.js';
import { createTestApi, TENANT, type TestApi } from '../support/api.js';
import { seedSample } from '../support/seed.js';

/** The moderators' association list in the CMS: every association, any status, found by name or organisation number. */
let api: TestApi;
const editor = () => registerContextOf({ user: { email: 'editor@example.org', roles: ['editor'] } });
const names = async (search: string) =>
  (await findAssociations(await editor(), search)).associations.map((association) => association.name);

beforeAll(async () => {
  api = await createTestApi();
  await seedSample(api);
  setReadModelTarget({ db: api.db, tenant: TENANT });
});

describe("the moderators' association list", () => {
  it('lists every association of every status by name when nothing is searched', async () => {
    expect(await names('')).toEqual([
      'Dialogföreningen Fittja (exempel)',
      'Föräldranätverket i Tumba (exempel)',
      'Norsborgs idrottsklubb (exempel)',
      'Ofullständig ansökan (exempel)',
      'Unga i Alby (exempel)',
    ]);
  });

  it('finds by a part of the name whatever the case or accents, and by the organisation number with or without its dash', async () => {
    expect(await names('FORALDRA')).toEqual(['Föräldranätverket i Tumba (exempel)']);
    expect(await names('  ofullständig ')).toEqual(['Ofullständig ansökan (exempel)']);
    expect(await names('802733-4567')).toEqual(['Norsborgs idrottsklubb (exempel)']);
    expect(await names('8027334567')).toEqual(['Norsborgs idrottsklubb (exempel)']);
    expect(await names('802844')).toEqual(['Ofullständig ansökan (exempel)']);
    expect(await names('ingen sådan förening')).toEqual([]);
  });

  it('gives one association with its history, and refuses contributors, the signed-out and an unknown id', async () => {
    const { association, history } = await associationWithHistory(await editor(), 'a-avslagen');
    expect(association.status).toBe('REJECTED');
    expect(Array.isArray(history)).toBe(true);
    const contributor = await registerContextOf({ user: { email: 'c@example.org', roles: ['contributor'] } });
    await expect(findAssociations(contributor, '')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(findAssociations(await registerContextOf({ user: null }), '')).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(associationWithHistory(await editor(), 'no-such-id')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(associationWithHistory(await editor(), '../x')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
