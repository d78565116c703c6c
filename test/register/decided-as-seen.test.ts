import { beforeAll, describe, expect, it } from 'vitest';
import { assertNoInternals, errorCodes, TENANT, type TestApi } from '../support/api.js';
import { contractOperation } from '../support/contract.js';
import { eventsOf, type FeedEvent } from '../support/ical.js';
import { activityInput, registerCalls, registration, startRegisterTest } from './support.js';

/**
 * What the public sees is what a moderator approved as shown (issue 26): every decision names the version the
 * moderator read, and a decision on a version that is no longer current changes nothing. Through the Lambda
 * handler, with the contract's operations (their proposed form) as the intranet sends them.
 */
let api: TestApi;
let calls: ReturnType<typeof registerCalls>;
let moderator: string;

beforeAll(async () => {
  ({ api, calls, moderator } = await startRegisterTest());
});

const day = 24 * 60 * 60 * 1000;
const window = () => ({ from: new Date().toISOString(), to: new Date(Date.now() + 30 * day).toISOString() });

/** The moderation queue as the intranet reads it: the rows a moderator sees, by id. */
async function queue() {
  const read = await api.graphql(contractOperation('ModerationQueue'), { first: 100 }, { token: moderator });
  expect(read.body.errors).toBeUndefined();
  const nodes = (name: string) =>
    new Map<string, any>(read.body.data![name].edges.map((edge: any) => [edge.node.id, edge.node]));
  return {
    pending: nodes('pendingAssociations'),
    changed: nodes('changedAssociations'),
    activities: nodes('submittedActivities'),
  };
}

const publicNames = async () => JSON.stringify((await calls.publicAssociations()).body);
const calendarTitles = async () => JSON.stringify((await api.graphql(contractOperation('Activities'), window())).body);
/** The public activities feed, parsed by ical.js, by UID. */
async function activitiesFeed(): Promise<Map<string, FeedEvent>> {
  const response = await api.send({ method: 'GET', path: '/calendar/activities.ics', rawQueryString: '' });
  assertNoInternals(response);
  return eventsOf(response.raw);
}
const historyCount = async (id: string) =>
  (
    await api.graphql(
      'query ($id: ID!) { association(id: $id) { history(first: 100) { edges { node { action } } } } }',
      { id },
      { token: moderator },
    )
  ).body.data!.association.history.edges.length;

function conflictOn(response: Awaited<ReturnType<TestApi['graphql']>>) {
  expect(errorCodes(response)).toEqual(['CONFLICT']);
  const error = response.body.errors![0]!;
  expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
  return error.message as string;
}

/** An association `account` registered as `name` and a moderator approved, with an activity it submitted: their ids. */
async function submittedActivity(account: string, name: string, activity: Record<string, unknown>) {
  const owner = await api.token('association', account);
  const id = (await calls.register(owner, registration({ name }))).body.data!.registerAssociation.id as string;
  await calls.approve(moderator, id, 1);
  const activityId = (await calls.submit(owner, activityInput(activity))).body.data!.submitActivity.id as string;
  return { owner, id, activityId };
}

describe('a moderator decides on the version they saw', () => {
  it('refuses to approve a registration its owner changed after the moderator read it, and approves the version read again', async () => {
    const owner = await api.token('association', 'account-seen-registration');
    const id = (await calls.register(owner, registration({ name: 'Granskad förening' }))).body.data!.registerAssociation
      .id;
    const seen = (await queue()).pending.get(id);
    expect(seen).toMatchObject({ name: 'Granskad förening', version: 1 });

    expect((await calls.update(owner, id, 1, { name: 'Bytt efter granskning' })).body.errors).toBeUndefined();
    const before = await historyCount(id);
    const message = conflictOn(await calls.approve(moderator, id, seen.version));
    expect(message).toContain('you saw version 1, it is now version 2');
    expect(message).toContain('its owner changed it');
    expect(message).not.toMatch(/\bat .*\.ts:\d+/);
    // Nothing changed: still pending, not public, no decision recorded.
    expect((await calls.mine(owner)).body.data!.viewer.association).toMatchObject({ status: 'PENDING', version: 2 });
    expect(await publicNames()).not.toContain('Bytt efter granskning');
    expect(await historyCount(id)).toBe(before);
    // A rejection of the old version is refused too; so is a version that never existed.
    conflictOn(await calls.reject(moderator, id, 'Stadgar saknas.', 1));
    conflictOn(await calls.approve(moderator, id, 7));

    const reread = (await queue()).pending.get(id);
    expect(reread).toMatchObject({ name: 'Bytt efter granskning', version: 2 });
    const approved = await calls.approve(moderator, id, reread.version);
    expect(approved.body.data!.approveAssociation).toMatchObject({ status: 'APPROVED', version: 3 });
    expect(await publicNames()).toContain('Bytt efter granskning');
  });

  it("refuses to approve an approved association's change that its owner swapped after the moderator read it", async () => {
    const owner = await api.token('association', 'account-seen-change');
    const id = (await calls.register(owner, registration({ name: 'Ursprungligt namn' }))).body.data!.registerAssociation
      .id;
    await calls.approve(moderator, id, 1);
    await calls.update(owner, id, 2, { name: 'Ofarligt förslag v1' });
    const seen = (await queue()).changed.get(id);
    expect(seen).toMatchObject({
      name: 'Ofarligt förslag v1',
      version: 3,
      publicVersion: { name: 'Ursprungligt namn' },
    });

    await calls.update(owner, id, 3, { name: 'Utbytt förslag som ingen granskat' });
    expect(conflictOn(await calls.approveChange(moderator, id, seen.version))).toContain('its owner changed it');
    expect(await publicNames()).not.toContain('Utbytt förslag');
    expect(await publicNames()).toContain('Ursprungligt namn');

    const reread = (await queue()).changed.get(id);
    expect(reread).toMatchObject({ name: 'Utbytt förslag som ingen granskat', version: 4 });
    const rejected = await calls.rejectChange(moderator, id, 'Namnet är vilseledande.', reread.version);
    expect(rejected.body.data!.rejectAssociationChange).toMatchObject({
      version: 5,
      moderationNote: 'Namnet är vilseledande.',
    });
    expect(await publicNames()).not.toContain('Utbytt förslag');
  });

  it('refuses to publish an activity that changed after the moderator read it', async () => {
    const { owner, activityId } = await submittedActivity('account-seen-activity', 'Aktivitetsföreningen (granskad)', {
      title: 'Granskad aktivitet',
    });
    const seen = (await queue()).activities.get(activityId);
    expect(seen).toMatchObject({ title: 'Granskad aktivitet', version: 1, status: 'SUBMITTED' });

    expect((await calls.cancel(owner, activityId)).body.errors).toBeUndefined();
    expect(conflictOn(await calls.publish(moderator, activityId, seen.version))).toContain(
      'its association cancelled it',
    );
    conflictOn(await calls.rejectActivity(moderator, activityId, 'Fel datum.', seen.version));
    expect(await calendarTitles()).not.toContain('Granskad aktivitet');
  });

  it('publishes exactly the activity version the moderator read', async () => {
    const { activityId } = await submittedActivity('account-seen-published', 'Publiceringsföreningen (granskad)', {
      title: 'Läst och publicerad',
    });
    const seen = (await queue()).activities.get(activityId);
    const published = await calls.publish(moderator, activityId, seen.version);
    expect(published.body.data!.publishActivity).toEqual({ id: activityId, status: 'PUBLISHED', version: 2 });
    expect(await calendarTitles()).toContain('Läst och publicerad');
  });
});

describe("a suspended association's activities", () => {
  it('stay out of the public calendar, the association and the feed when the owner cancels one, until the association is approved again', async () => {
    const { owner, id, activityId } = await submittedActivity('account-suspended-cancel', 'Avstängd förening (test)', {
      title: 'Avstängd men avbokad',
      description: 'Beskrivning som inte ska synas.',
    });
    await calls.publish(moderator, activityId, 1);
    const uid = `activity-${activityId}@${TENANT}.varna`;
    expect((await activitiesFeed()).get(uid)).toMatchObject({ status: 'CONFIRMED', summary: 'Avstängd men avbokad' });

    expect((await calls.suspend(moderator, id, 'Oklart ansvar.')).body.data!.suspendAssociation.status).toBe(
      'SUSPENDED',
    );
    expect((await activitiesFeed()).has(uid)).toBe(false);
    expect((await calls.cancel(owner, activityId)).body.data!.cancelActivity.status).toBe('CANCELLED');
    // Cancelled while withheld: still in no public listing or feed, not even as a cancelled event.
    expect((await activitiesFeed()).has(uid)).toBe(false);
    expect(await calendarTitles()).not.toContain('Avstängd men avbokad');
    const staffCalendar = await api.graphql(contractOperation('Activities'), window(), {
      token: await api.token('staff'),
    });
    expect(JSON.stringify(staffCalendar.body)).not.toContain('Avstängd men avbokad');

    // Approved again: the feed tells its subscribers that the event they once saw is cancelled.
    await calls.approve(moderator, id);
    expect((await activitiesFeed()).get(uid)?.status).toBe('CANCELLED');
    expect(await calendarTitles()).not.toContain('Avstängd men avbokad');
  });

  it('withhold an activity cancelled before the suspension from the feed too', async () => {
    const { owner, id, activityId } = await submittedActivity(
      'account-cancelled-then-suspended',
      'Först avbokad förening (test)',
      { title: 'Avbokad före avstängning' },
    );
    await calls.publish(moderator, activityId, 1);
    await calls.cancel(owner, activityId);
    const uid = `activity-${activityId}@${TENANT}.varna`;
    expect((await activitiesFeed()).get(uid)?.status).toBe('CANCELLED');
    await calls.suspend(moderator, id, 'Oklart ansvar.');
    expect((await activitiesFeed()).has(uid)).toBe(false);
  });
});
