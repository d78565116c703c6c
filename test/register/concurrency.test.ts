import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type TestApi } from '../support/api.js';
import { activityInput, registerCalls, registration, startRegisterTest } from './support.js';

let api: TestApi;
let calls: ReturnType<typeof registerCalls>;
let moderator: string;

beforeAll(async () => {
  ({ api, calls, moderator } = await startRegisterTest());
});

describe('concurrent requests', () => {
  it('with one idempotency key create one association, and every retry answers with it', async () => {
    const owner = await api.token('association', 'account-concurrent');
    const input = registration({ name: 'Samtidiga föreningen' });
    const responses = await Promise.all(Array.from({ length: 6 }, () => calls.register(owner, input)));
    for (const response of responses) expect(response.body.errors).toBeUndefined();
    const ids = new Set(responses.map((response) => response.body.data!.registerAssociation.id));
    expect(ids.size).toBe(1);
    const pending = await api.graphql(
      '{ associations(filter: { status: PENDING }, first: 100) { edges { node { name } } } }',
      {},
      { token: moderator },
    );
    expect(
      pending.body.data!.associations.edges.filter((edge: any) => edge.node.name === 'Samtidiga föreningen'),
    ).toHaveLength(1);
    // A later retry of the same request still returns the first result.
    expect((await calls.register(owner, input)).body.data!.registerAssociation.id).toBe([...ids][0]);
  });

  it('with one idempotency key submit one activity', async () => {
    const owner = await api.token('association', 'account-concurrent-activity');
    const associationId = (await calls.register(owner, registration())).body.data!.registerAssociation.id;
    await calls.approve(moderator, associationId);
    const input = activityInput({ title: 'En gång' });
    const responses = await Promise.all(Array.from({ length: 6 }, () => calls.submit(owner, input)));
    expect(new Set(responses.map((response) => response.body.data!.submitActivity.id)).size).toBe(1);
    const mine = (await calls.mine(owner)).body.data!.viewer.association.activities.edges;
    expect(mine).toHaveLength(1);
  });

  it('with the same expectedVersion: one update wins, the other is a CONFLICT that changes nothing', async () => {
    const owner = await api.token('association', 'account-racing-updates');
    const associationId = (await calls.register(owner, registration({ name: 'Kapplöpningen' }))).body.data!
      .registerAssociation.id;
    const [first, second] = await Promise.all([
      calls.update(owner, associationId, 1, { name: 'Kapplöpningen A' }),
      calls.update(owner, associationId, 1, { name: 'Kapplöpningen B' }),
    ]);
    const outcomes = [first!, second!]
      .map((response) => (response.body.errors ? errorCodes(response)[0] : 'OK'))
      .sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const winner = [first!, second!].find((response) => !response.body.errors)!.body.data!.updateAssociation.name;
    expect((await calls.mine(owner)).body.data!.viewer.association).toMatchObject({ name: winner, version: 2 });
  });

  it('register two associations with one organisation number: one CONFLICT on input.organisationNumber', async () => {
    const input = registration();
    const [first, second] = await Promise.all([
      calls.register(await api.token('association', 'account-twin-1'), { ...input, idempotencyKey: 'twin-key-0001' }),
      calls.register(await api.token('association', 'account-twin-2'), { ...input, idempotencyKey: 'twin-key-0002' }),
    ]);
    const refused = [first!, second!].filter((response) => response.body.errors);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.body.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.organisationNumber',
    });
  });
});
