import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type TestApi } from '../support/api.js';
import { contractOperation } from '../support/contract.js';
import { activityInput, registerCalls, registration, startRegisterTest } from './support.js';

let api: TestApi;
let calls: ReturnType<typeof registerCalls>;
let moderator: string;
let owner: string;

beforeAll(async () => {
  ({ api, calls, moderator } = await startRegisterTest());
  owner = await api.token('association', 'account-lifecycle');
});

const day = 24 * 60 * 60 * 1000;

describe('an association from registration to its activities', () => {
  let associationId: string;
  let activityId: string;

  it('registers as PENDING and is not public yet', async () => {
    const response = await calls.register(
      owner,
      registration({ name: 'Livscykelföreningen', districts: ['alby', 'fittja'] }),
    );
    expect(response.body.errors).toBeUndefined();
    const association = response.body.data!.registerAssociation;
    expect(association).toMatchObject({
      name: 'Livscykelföreningen',
      status: 'PENDING',
      districts: [{ slug: 'alby' }, { slug: 'fittja' }],
    });
    associationId = association.id;
    expect(JSON.stringify((await calls.publicAssociations()).body)).not.toContain('Livscykelföreningen');
    const mine = (await calls.mine(owner)).body.data!.viewer.association;
    expect(mine).toMatchObject({ id: associationId, status: 'PENDING', version: 1 });
  });

  it('cannot submit activities before approval', async () => {
    expect(errorCodes(await calls.submit(owner, activityInput()))).toEqual(['FORBIDDEN']);
  });

  it('is updated with optimistic locking', async () => {
    const updated = await calls.update(owner, associationId, 1, { description: 'Ny beskrivning.' });
    expect(updated.body.data!.updateAssociation).toMatchObject({ version: 2, description: 'Ny beskrivning.' });
    const stale = await calls.update(owner, associationId, 1, { name: 'Gammal version' });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect((await calls.mine(owner)).body.data!.viewer.association).toMatchObject({
      name: 'Livscykelföreningen',
      version: 2,
    });
  });

  it('is approved by a moderator and then listed publicly', async () => {
    expect((await calls.approve(moderator, associationId)).body.data!.approveAssociation.status).toBe('APPROVED');
    const listed = (await calls.publicAssociations()).body.data!.associations.edges.map((edge: any) => edge.node.name);
    expect(listed).toContain('Livscykelföreningen');
    expect(errorCodes(await calls.approve(moderator, associationId))).toEqual(['CONFLICT']);
  });

  it('submits an activity that a moderator publishes into the calendar', async () => {
    const submitted = await calls.submit(owner, activityInput({ title: 'Dialogkväll (livscykel)' }));
    expect(submitted.body.data!.submitActivity.status).toBe('SUBMITTED');
    activityId = submitted.body.data!.submitActivity.id;
    const window = { from: new Date().toISOString(), to: new Date(Date.now() + 30 * day).toISOString() };
    const calendar = async () =>
      (await api.graphql(contractOperation('Activities'), window)).body.data!.activities.edges.map(
        (edge: any) => edge.node.title,
      );
    expect(await calendar()).not.toContain('Dialogkväll (livscykel)');
    expect((await calls.publish(moderator, activityId)).body.data!.publishActivity.status).toBe('PUBLISHED');
    expect(await calendar()).toContain('Dialogkväll (livscykel)');
    expect(errorCodes(await calls.rejectActivity(moderator, activityId))).toEqual(['CONFLICT']);
  });

  it('lets the owner cancel a published activity, which leaves the calendar', async () => {
    expect((await calls.cancel(owner, activityId)).body.data!.cancelActivity.status).toBe('CANCELLED');
    expect(errorCodes(await calls.cancel(owner, activityId))).toEqual(['CONFLICT']);
  });

  it('rejects a submitted activity with a reason the owner sees', async () => {
    const submitted = await calls.submit(owner, activityInput({ title: 'Avvisas' }));
    const id = submitted.body.data!.submitActivity.id;
    expect((await calls.rejectActivity(moderator, id, 'Datumet krockar.')).body.data!.rejectActivity).toMatchObject({
      status: 'REJECTED',
      moderationNote: 'Datumet krockar.',
    });
    const mine = (await calls.mine(owner)).body.data!.viewer.association.activities.edges.map((edge: any) => edge.node);
    expect(mine.find((activity: any) => activity.id === id)).toMatchObject({
      status: 'REJECTED',
      moderationNote: 'Datumet krockar.',
    });
  });

  it('is suspended (leaving the public register) and approved again', async () => {
    expect((await calls.suspend(moderator, associationId)).body.data!.suspendAssociation.status).toBe('SUSPENDED');
    expect(JSON.stringify((await calls.publicAssociations()).body)).not.toContain('Livscykelföreningen');
    expect(errorCodes(await calls.submit(owner, activityInput()))).toEqual(['FORBIDDEN']);
    expect((await calls.approve(moderator, associationId)).body.data!.approveAssociation.status).toBe('APPROVED');
  });

  it("keeps an approved association's change of what the public sees waiting until a moderator approves it", async () => {
    const { version } = (await calls.mine(owner)).body.data!.viewer.association;
    const updated = await calls.update(owner, associationId, version, {
      name: 'Livscykelföreningen (nytt namn)',
      description: 'Ändrad beskrivning.',
      website: 'https://livscykel.example.org',
    });
    expect(updated.body.errors).toBeUndefined();
    // The owner sees what they wrote; the public still sees the approved version.
    expect(updated.body.data!.updateAssociation).toMatchObject({
      name: 'Livscykelföreningen (nytt namn)',
      description: 'Ändrad beskrivning.',
    });
    const publicView = async () =>
      (await calls.publicAssociations()).body
        .data!.associations.edges.map((edge: any) => edge.node)
        .find((node: any) => node.id === associationId);
    expect(await publicView()).toMatchObject({ name: 'Livscykelföreningen', description: 'Ny beskrivning.' });
    expect(JSON.stringify((await calls.publicAssociations()).body)).not.toContain('nytt namn');

    // Moderators find it among the waiting changes, with both versions side by side.
    const waiting = await api.graphql(
      `{ associations(filter: { status: APPROVED, changePending: true }) { edges { node { id version name description website changeSubmittedAt publicVersion { name description website districts { slug } } } } } }`,
      {},
      { token: moderator },
    );
    const waitingNodes = waiting.body.data!.associations.edges.map((edge: any) => edge.node);
    // Besides the example content's waiting change (Tumba's):
    expect(waitingNodes.filter((node: any) => node.id !== 'a-tumba-foraldrar')).toEqual([
      expect.objectContaining({
        id: associationId,
        name: 'Livscykelföreningen (nytt namn)',
        website: 'https://livscykel.example.org',
        publicVersion: expect.objectContaining({
          name: 'Livscykelföreningen',
          description: 'Ny beskrivning.',
          website: 'https://test.example.org',
        }),
      }),
    ]);
    expect(
      errorCodes(await api.graphql(`{ associations(filter: { changePending: true }) { edges { node { id } } } }`)),
    ).toEqual(['UNAUTHENTICATED']);

    const approveChange = (id: string, expectedVersion: number) =>
      api.graphql(
        `mutation ($id: ID!, $v: Int!) { approveAssociationChange(id: $id, expectedVersion: $v) { name publicVersion { name } } }`,
        { id, v: expectedVersion },
        { token: moderator },
      );
    const { version: shown } = waitingNodes.find((node: any) => node.id === associationId);
    expect(
      errorCodes(
        await api.graphql(
          `mutation ($id: ID!, $v: Int!) { approveAssociationChange(id: $id, expectedVersion: $v) { name } }`,
          { id: associationId, v: shown },
          { token: owner },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect((await approveChange(associationId, shown)).body.data!.approveAssociationChange).toEqual({
      name: 'Livscykelföreningen (nytt namn)',
      publicVersion: null,
    });
    expect(await publicView()).toMatchObject({
      name: 'Livscykelföreningen (nytt namn)',
      description: 'Ändrad beskrivning.',
      website: 'https://livscykel.example.org',
    });
    expect(errorCodes(await approveChange(associationId, shown + 1))).toEqual(['CONFLICT']);
  });

  it('drops a rejected change with a reason the owner sees, the public version unchanged', async () => {
    const { version } = (await calls.mine(owner)).body.data!.viewer.association;
    await calls.update(owner, associationId, version, { name: 'Olämpligt namn' });
    const rejected = await api.graphql(
      `mutation ($id: ID!, $v: Int!, $reason: String!) { rejectAssociationChange(id: $id, expectedVersion: $v, reason: $reason) { name moderationNote publicVersion { name } } }`,
      { id: associationId, v: version + 1, reason: 'Namnet är vilseledande.' },
      { token: moderator },
    );
    expect(rejected.body.data!.rejectAssociationChange).toEqual({
      name: 'Livscykelföreningen (nytt namn)',
      moderationNote: 'Namnet är vilseledande.',
      publicVersion: null,
    });
    expect(JSON.stringify((await calls.publicAssociations()).body)).not.toContain('Olämpligt namn');
  });

  it("withholds a suspended association's published activities from the calendar until it is approved again", async () => {
    const submitted = await calls.submit(owner, activityInput({ title: 'Öppet hus (livscykel)' }));
    const id = submitted.body.data!.submitActivity.id;
    await calls.publish(moderator, id);
    const window = { from: new Date().toISOString(), to: new Date(Date.now() + 30 * day).toISOString() };
    const calendar = async (token?: string) =>
      (
        await api.graphql(contractOperation('Activities'), window, token ? { token } : {})
      ).body.data!.activities.edges.map((edge: any) => edge.node.title);
    expect(await calendar()).toContain('Öppet hus (livscykel)');
    await calls.suspend(moderator, associationId);
    expect(await calendar()).not.toContain('Öppet hus (livscykel)');
    expect(await calendar(await api.token('staff'))).not.toContain('Öppet hus (livscykel)');
    // The owner still sees it as published, in their own list.
    const mine = (await calls.mine(owner)).body.data!.viewer.association.activities.edges.map((edge: any) => edge.node);
    expect(mine.find((activity: any) => activity.id === id)).toMatchObject({ status: 'PUBLISHED' });
    await calls.approve(moderator, associationId);
    expect(await calendar()).toContain('Öppet hus (livscykel)');
  });

  it('rejects a pending registration with a reason the owner sees', async () => {
    const other = await api.token('association', 'account-rejected');
    const id = (await calls.register(other, registration({ name: 'Avvisad förening' }))).body.data!.registerAssociation
      .id;
    expect((await calls.reject(moderator, id, 'Stadgar saknas.')).body.data!.rejectAssociation).toMatchObject({
      status: 'REJECTED',
      moderationNote: 'Stadgar saknas.',
    });
    expect((await calls.mine(other)).body.data!.viewer.association).toMatchObject({
      status: 'REJECTED',
      moderationNote: 'Stadgar saknas.',
    });
    expect(errorCodes(await calls.approve(moderator, id))).toEqual(['CONFLICT']);
  });
});
