import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, TENANT, type TestApi } from '../support/api.js';
import { activityInput, registerCalls, registration, startRegisterTest } from './support.js';

/**
 * Accountable moderation: every decision and every change an association makes leaves exactly one audit
 * record, written in the change's own transaction; moderators read the history through Association.history.
 */
let api: TestApi;
let calls: ReturnType<typeof registerCalls>;
let moderator: string;
let owner: string;

const HISTORY = `query History($id: ID!, $first: Int, $after: String) {
  association(id: $id) { id history(first: $first, after: $after) { edges { node { action actor actorRole fromStatus toStatus reason activityId activityTitle at } } pageInfo { hasNextPage endCursor } } }
}`;

const recordsOf = async (associationId: string) =>
  (await api.db.entities.registerDecision.query.byAssociation({ tenant: TENANT, associationId }).go({ pages: 'all' }))
    .data;

beforeAll(async () => {
  ({ api, calls, moderator } = await startRegisterTest('moderator-anna'));
  owner = await api.token('association', 'account-history');
});

describe('the register history', () => {
  let associationId: string;

  it('writes one record per decision and change, with who, what, before and after, and why', async () => {
    associationId = (await calls.register(owner, registration({ name: 'Historikföreningen' }))).body.data!
      .registerAssociation.id;
    expect(await recordsOf(associationId)).toHaveLength(1);
    await calls.update(owner, associationId, 1, { description: 'Ändrad.' });
    expect(await recordsOf(associationId)).toHaveLength(2);
    await calls.approve(moderator, associationId);
    const activityId = (await calls.submit(owner, activityInput({ title: 'Historikkväll' }))).body.data!.submitActivity
      .id;
    await calls.rejectActivity(moderator, activityId, 'Lokalen är inte bokad.');
    await calls.suspend(moderator, associationId, 'Oklart ansvar för verksamheten.');

    const response = await api.graphql(HISTORY, { id: associationId }, { token: moderator });
    expect(response.body.errors).toBeUndefined();
    const history = response.body.data!.association.history.edges.map((edge: any) => edge.node);
    // Newest first.
    expect(history.map((record: any) => record.action)).toEqual([
      'ASSOCIATION_SUSPENDED',
      'ACTIVITY_REJECTED',
      'ACTIVITY_SUBMITTED',
      'ASSOCIATION_APPROVED',
      'ASSOCIATION_UPDATED',
      'ASSOCIATION_REGISTERED',
    ]);
    expect(history[0]).toMatchObject({
      actor: 'moderator-anna',
      actorRole: 'MODERATOR',
      fromStatus: 'APPROVED',
      toStatus: 'SUSPENDED',
      reason: 'Oklart ansvar för verksamheten.',
    });
    expect(history[1]).toMatchObject({
      actorRole: 'MODERATOR',
      fromStatus: 'SUBMITTED',
      toStatus: 'REJECTED',
      activityId,
      activityTitle: 'Historikkväll',
      reason: 'Lokalen är inte bokad.',
    });
    expect(history[5]).toMatchObject({
      actor: 'account-history',
      actorRole: 'ASSOCIATION',
      fromStatus: null,
      toStatus: 'PENDING',
    });
    expect(history.every((record: any) => !Number.isNaN(Date.parse(record.at)))).toBe(true);
  });

  it('writes nothing for a refused decision', async () => {
    const before = await recordsOf(associationId);
    // Already suspended: approving a suspended one is allowed, rejecting it is not; a stale update is a conflict.
    expect(errorCodes(await calls.reject(moderator, associationId))).toEqual(['CONFLICT']);
    expect(errorCodes(await calls.update(owner, associationId, 1, { description: 'Gammal.' }))).toEqual(['CONFLICT']);
    expect(errorCodes(await calls.approve(owner, associationId))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await calls.reject(moderator, associationId, 'x'))).toEqual(['BAD_USER_INPUT']);
    expect(await recordsOf(associationId)).toEqual(before);
  });

  it('pages the history', async () => {
    const first = (await api.graphql(HISTORY, { id: associationId, first: 4 }, { token: moderator })).body.data!
      .association.history;
    expect(first.edges).toHaveLength(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (
      await api.graphql(HISTORY, { id: associationId, first: 4, after: first.pageInfo.endCursor }, { token: moderator })
    ).body.data!.association.history;
    expect(rest.edges.map((edge: any) => edge.node.action)).toEqual(['ASSOCIATION_UPDATED', 'ASSOCIATION_REGISTERED']);
  });

  it('shows the history to moderators only', async () => {
    const ownView = await api.graphql(HISTORY, { id: associationId }, { token: owner });
    expect(ownView.body.data!.association.history).toBeNull();
    expect(
      (await api.graphql(HISTORY, { id: associationId }, { token: await api.token('staff') })).body.data!.association
        ?.history ?? null,
    ).toBeNull();
  });

  it('records who decided in the CMS seed too: the example associations carry their registration and decision', async () => {
    const seeded = (
      await api.graphql(HISTORY, { id: 'a-avslagen' }, { token: moderator })
    ).body.data!.association.history.edges.map((edge: any) => edge.node);
    expect(seeded.map((record: any) => record.action)).toEqual(['ASSOCIATION_REJECTED', 'ASSOCIATION_REGISTERED']);
    expect(seeded[0].reason).toBe('Stadgar saknas.');
  });
});
