import type { AddressInfo } from 'node:net';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalApiServer } from '../functions/local/http-server.js';
import { publish } from '../functions/read-model/publish.js';
import { assertNoInternals, createTestApi, errorCodes, TENANT, type TestApi } from './support/api.js';
import { eventsOf, parseFeed } from './support/ical.js';
import { seedSample } from './support/seed.js';

/**
 * The calendars beside /graphql (functions/calendar), through the Lambda handler on DynamoDB Local and
 * read back with ical.js (test/support/ical.ts), an iCalendar parser independent of the generator, as calendar
 * apps built on it read them: times through the feed's own VTIMEZONE.
 */
let api: TestApi;
const day = 24 * 60 * 60 * 1000;
const zone = 'Europe/Stockholm';

/** The first day on which Stockholm's clocks change from now on (at most a year ahead). */
function nextClockChange(): DateTime {
  let previous = DateTime.now().setZone(zone).startOf('day');
  for (let step = 1; step < 370; step++) {
    const next = previous.plus({ days: 1 });
    if (next.plus({ hours: 12 }).offset !== previous.plus({ hours: 12 }).offset) return next;
    previous = next;
  }
  throw new Error('No clock change within a year');
}
const change = nextClockChange();
/** 18:00 in Stockholm on the evening before and the evening after the change, as UTC instants. */
const beforeChange = change.minus({ days: 1 }).set({ hour: 18 }).toUTC().toISO()!;
const afterChange = change.plus({ days: 1 }).set({ hour: 18 }).toUTC().toISO()!;
const plusHours = (instant: string, hours: number) =>
  new Date(Date.parse(instant) + hours * 60 * 60 * 1000).toISOString();

/** The staff-only training, on a whole minute (iCalendar times have seconds at most). */
const trainingStartsAt = new Date(Math.floor((Date.now() + 12 * day) / 60_000) * 60_000).toISOString();

const meeting = (key: string, revision: number, startsAt: string, extra: Record<string, unknown> = {}) =>
  publish(api.db, TENANT, {
    type: 'councilMeeting',
    key,
    revision,
    updatedAt: new Date(Date.now() + revision * 1000).toISOString(),
    visibility: 'PUBLIC',
    title: { sv: `Rådsmöte ${key} (test)`, en: `Council meeting ${key} (test)` },
    startsAt,
    endsAt: plusHours(startsAt, 2),
    meetingStatus: 'PLANNED',
    location: { name: 'Kommunhuset (test)', address: 'Testgatan 1, Tumba' },
    agenda: { sv: '<ol><li>Trygghet</li><li>Dialog</li></ol>' },
    minutes: { sv: '<p>INTERNT-PROTOKOLL: endast för personalen.</p>' },
    minutesVisibility: 'INTERNAL',
    ...extra,
  });

async function get(path: string, headers: Record<string, string> = {}) {
  const [rawPath, rawQueryString = ''] = path.split('?');
  const response = await api.send({ method: 'GET', path: rawPath, rawQueryString, headers });
  assertNoInternals(response);
  return response;
}

const uidOf = (kind: string, key: string) => `${kind}-${key}@${TENANT}.varna`;

beforeAll(async () => {
  api = await createTestApi();
  await seedSample(api);
  await meeting('test-fore-omstallning', 1, beforeChange);
  await meeting('test-efter-omstallning', 1, afterChange);
  await publish(api.db, TENANT, {
    type: 'training',
    key: 'test-kalenderutbildning',
    revision: 1,
    visibility: 'INTERNAL',
    title: { sv: 'Utbildning endast för personal (test)' },
    startsAt: trainingStartsAt,
    endsAt: plusHours(trainingStartsAt, 3),
    audience: 'FIRST_LINE_STAFF',
    capacity: 5,
  });
});

describe('the council calendar', () => {
  it('is RFC 5545 in Stockholm time with its VTIMEZONE, the same 18:00 on both sides of a clock change', async () => {
    const response = await get('/calendar/council.ics');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.raw).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Stockholm\r\n/);
    const feed = parseFeed(response.raw);
    expect(feed.timezones).toEqual([zone]);
    expect(feed.properties['x-wr-calname']).toBe('Interreligiösa rådets möten – Botkyrka');
    const { events } = feed;
    const before = events.get(uidOf('council-meeting', 'test-fore-omstallning'))!;
    const after = events.get(uidOf('council-meeting', 'test-efter-omstallning'))!;
    expect(before.start.toISOString()).toBe(new Date(beforeChange).toISOString());
    expect(after.start.toISOString()).toBe(new Date(afterChange).toISOString());
    // One side of the change is an hour further from UTC than the other; both are 18:00 on the wall clock.
    expect(Math.abs(new Date(beforeChange).getUTCHours() - new Date(afterChange).getUTCHours())).toBe(1);
    for (const event of [before, after]) {
      // Written as 18:00 in Stockholm, and converted by the feed's VTIMEZONE (the instants above) to what the tz database says is 18:00 there.
      expect([event.zone, event.wallClock]).toEqual([zone, '18:00']);
      expect(DateTime.fromJSDate(event.start).setZone(zone).toFormat('HH:mm')).toBe('18:00');
      expect(event.end!.getTime() - event.start.getTime()).toBe(2 * 60 * 60 * 1000);
    }
    expect(before.summary).toBe('Rådsmöte test-fore-omstallning (test)');
    // The agenda's items one a line, as a calendar app shows them, not run together.
    expect(before.description).toBe('Trygghet\nDialog');
    expect(before.location).toBe('Kommunhuset (test), Testgatan 1, Tumba');
    expect(response.raw).toContain(
      `DTSTART;TZID=Europe/Stockholm:${change.minus({ days: 1 }).toFormat('yyyyLLdd')}T180000`,
    );
    expect(response.raw).toContain(
      `DTSTART;TZID=Europe/Stockholm:${change.plus({ days: 1 }).toFormat('yyyyLLdd')}T180000`,
    );
    // The example content's meetings are there too.
    expect([...events.keys()].filter((uid) => uid.startsWith('council-meeting-')).length).toBeGreaterThan(2);
  });

  it('keeps a meeting’s UID, raises its SEQUENCE on every change, and keeps a cancelled meeting as CANCELLED', async () => {
    const key = 'test-flyttat-mote';
    // On a whole minute: iCalendar times have seconds at most.
    const startsAt = new Date(Math.floor((Date.now() + 20 * day) / 60_000) * 60_000).toISOString();
    const read = async () => eventsOf((await get('/calendar/council.ics')).raw).get(uidOf('council-meeting', key))!;
    await meeting(key, 1, startsAt);
    const first = await read();
    await meeting(key, 2, plusHours(startsAt, 1), { title: { sv: 'Rådsmöte, ny tid (test)' } });
    const moved = await read();
    await meeting(key, 3, plusHours(startsAt, 1), { meetingStatus: 'CANCELLED' });
    const cancelled = await read();
    expect(first.status).toBe('CONFIRMED');
    expect(moved.sequence).toBeGreaterThan(first.sequence);
    expect(moved.summary).toBe('Rådsmöte, ny tid (test)');
    expect(moved.start.toISOString()).toBe(plusHours(startsAt, 1));
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.sequence).toBeGreaterThan(moved.sequence);
  });

  it('answers a repeated GET 304 by its ETag, and refuses a bad locale and another method', async () => {
    const first = await get('/calendar/council.ics?locale=en');
    expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+/);
    expect(eventsOf(first.raw).get(uidOf('council-meeting', 'test-fore-omstallning'))!.summary).toBe(
      'Council meeting test-fore-omstallning (test)',
    );
    const again = await get('/calendar/council.ics?locale=en', { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.raw).toBe('');
    const bad = await get('/calendar/council.ics?locale=xx');
    expect([bad.status, bad.raw]).toEqual([400, 'locale must be one of sv, en, fi, ar, so.\n']);
    // No route takes a POST to a calendar: API Gateway's 404, as stacks/api.ts routes only GETs to the feeds.
    expect((await api.send({ method: 'POST', path: '/calendar/council.ics' })).status).toBe(404);
    expect((await get('/calendar/nothing.ics')).status).toBe(404);
  });
});

describe('the activity calendar', () => {
  it('holds published activities, filtered by district and target group, and nothing unpublished', async () => {
    const feed = parseFeed((await get('/calendar/activities.ics')).raw);
    expect(feed.properties['x-wr-calname']).toBe('Föreningarnas aktiviteter – Botkyrka');
    expect(feed.timezones).toEqual([zone]);
    const all = feed.events;
    expect(all.has(uidOf('activity', 'act-dialogkvall-1'))).toBe(true);
    // Its times as the register holds them, through the feed's VTIMEZONE.
    const { data: stored } = await api.db.entities.activity.get({ tenant: TENANT, id: 'act-dialogkvall-1' }).go();
    const dialog = all.get(uidOf('activity', 'act-dialogkvall-1'))!;
    expect(dialog.zone).toBe(zone);
    expect(dialog.start.getTime()).toBe(Math.floor(Date.parse(stored!.startsAt) / 1000) * 1000);
    expect(all.has(uidOf('activity', 'act-laxhjalp-1'))).toBe(true);
    // Target groups in the calendar's language (Swedish), not the API's codes.
    expect(all.get(uidOf('activity', 'act-dialogkvall-1'))!.categories).toEqual(['Ungdomar', 'Föräldrar']);
    // Submitted and never published: not in any public feed.
    expect(all.has(uidOf('activity', 'act-dialogkvall-2'))).toBe(false);
    const fittja = eventsOf((await get('/calendar/activities.ics?district=fittja')).raw);
    expect([...fittja.keys()]).toEqual([uidOf('activity', 'act-dialogkvall-1')]);
    const parents = eventsOf((await get('/calendar/activities.ics?targetGroup=PARENTS')).raw);
    expect([...parents.keys()].sort()).toEqual([
      uidOf('activity', 'act-dialogkvall-1'),
      uidOf('activity', 'act-nattvandring-1'),
    ]);
    const alby = eventsOf((await get('/calendar/activities.ics?district=alby&targetGroup=YOUTH')).raw);
    expect(alby.size).toBe(4);
    const bad = await get('/calendar/activities.ics?targetGroup=KIDS');
    expect(bad.status).toBe(400);
    expect(bad.raw).toContain('targetGroup must be one of CHILDREN');
  });

  it('keeps an activity its association cancelled after it was published, as CANCELLED with a higher SEQUENCE', async () => {
    const uid = uidOf('activity', 'act-laxhjalp-2');
    const before = eventsOf((await get('/calendar/activities.ics')).raw).get(uid)!;
    const association = await api.token('association', 'account-unga-i-alby');
    const cancelled = await api.graphql(
      'mutation { cancelActivity(id: "act-laxhjalp-2") { id status } }',
      {},
      { token: association },
    );
    expect(cancelled.body.errors).toBeUndefined();
    const after = eventsOf((await get('/calendar/activities.ics')).raw).get(uid)!;
    expect(before.status).toBe('CONFIRMED');
    expect(after.status).toBe('CANCELLED');
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after.start.toISOString()).toBe(before.start.toISOString());
  });

  it('never shows an activity cancelled before it was published', async () => {
    const association = await api.token('association', 'account-fittja-dialog');
    const cancelled = await api.graphql(
      'mutation { cancelActivity(id: "act-dialogkvall-2") { id status } }',
      {},
      { token: association },
    );
    expect(cancelled.body.data?.cancelActivity.status).toBe('CANCELLED');
    expect(eventsOf((await get('/calendar/activities.ics')).raw).has(uidOf('activity', 'act-dialogkvall-2'))).toBe(
      false,
    );
  });
});

describe('a staff member’s calendar link', () => {
  const create = (token: string) =>
    api.graphql('mutation { createCalendarToken { feedPath token { id createdAt lastUsedAt } } }', {}, { token });
  const list = (token: string) =>
    api.graphql('{ viewer { calendarTokens { id createdAt lastUsedAt } } }', {}, { token });

  it('serves the council’s meetings and the person’s trainings, never in the public feeds, until it is revoked (then 404)', async () => {
    const staff = await api.token('staff', 'kalender-person', undefined, {
      name: 'Kalle Kalender',
      email: 'kalle@example.org',
    });
    const registered = await api.graphql(
      'mutation($input: RegisterForTrainingInput!) { registerForTraining(input: $input) { id status } }',
      {
        input: {
          trainingId: 'test-kalenderutbildning',
          department: 'socialforvaltningen',
          idempotencyKey: 'kalender-1',
        },
      },
      { token: staff },
    );
    expect(registered.body.data?.registerForTraining.status).toBe('REGISTERED');

    const created = await create(staff);
    expect(created.body.errors).toBeUndefined();
    const { feedPath, token } = created.body.data!.createCalendarToken;
    expect(feedPath).toMatch(/^\/calendar\/staff\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(token.lastUsedAt).toBeNull();
    // Värna keeps the secret's hash only.
    const stored = await api.db.entities.calendarToken.query
      .byOwner({ tenant: TENANT, subject: 'kalender-person' })
      .go();
    expect(JSON.stringify(stored.data)).not.toContain(feedPath.slice('/calendar/staff/'.length, -'.ics'.length));

    const feed = await get(feedPath);
    expect(feed.status).toBe(200);
    expect(feed.headers['cache-control']).toBe('private, no-store');
    const staffFeed = parseFeed(feed.raw);
    expect(staffFeed.timezones).toEqual([zone]);
    const events = [...staffFeed.events.values()];
    const training = events.find((event) => event.summary === 'Utbildning endast för personal (test)');
    expect(training?.status).toBe('CONFIRMED');
    expect(training?.zone).toBe(zone);
    expect([training?.start.toISOString(), training?.end?.toISOString()]).toEqual([
      trainingStartsAt,
      plusHours(trainingStartsAt, 3),
    ]);
    expect(events.some((event) => event.uid === uidOf('council-meeting', 'test-fore-omstallning'))).toBe(true);
    for (const path of ['/calendar/council.ics', '/calendar/activities.ics']) {
      const publicFeed = (await get(path)).raw;
      expect(publicFeed).not.toContain('Utbildning endast för personal');
      expect(publicFeed).not.toContain('INTERNT-PROTOKOLL');
      expect(publicFeed).not.toContain('training-registration-');
    }

    const listed = (await list(staff)).body.data!.viewer.calendarTokens;
    expect(listed).toEqual([{ id: token.id, createdAt: token.createdAt, lastUsedAt: expect.any(String) }]);

    // Someone else's link is not theirs to revoke.
    const other = await api.token('staff', 'annan-person');
    expect(
      errorCodes(await api.graphql(`mutation { revokeCalendarToken(id: "${token.id}") { id } }`, {}, { token: other })),
    ).toEqual(['NOT_FOUND']);
    expect((await get(feedPath)).status).toBe(200);

    const revoked = await api.graphql(
      `mutation { revokeCalendarToken(id: "${token.id}") { id } }`,
      {},
      { token: staff },
    );
    expect(revoked.body.data?.revokeCalendarToken.id).toBe(token.id);
    expect((await get(feedPath)).status).toBe(404);
    expect((await list(staff)).body.data!.viewer.calendarTokens).toEqual([]);
    expect((await get('/calendar/staff/not-a-token.ics')).status).toBe(404);
  });

  it('expires 90 days after its owner last listed their links as staff; listing them renews every link, an expired one is not brought back', async () => {
    const staff = await api.token('staff', 'kalender-lamnar');
    const created = (await create(staff)).body.data!.createCalendarToken;
    const expiresAt = async () =>
      (await api.graphql('{ viewer { calendarTokens { expiresAt } } }', {}, { token: staff })).body.data!.viewer
        .calendarTokens[0]?.expiresAt;
    const days = (iso: string) => (Date.parse(iso) - Date.now()) / (24 * 60 * 60 * 1000);
    expect(days(await expiresAt())).toBeCloseTo(90, 0);
    expect((await get(created.feedPath)).status).toBe(200);

    // 89 days pass without the person signing in: the link works one day more; listing it now renews it.
    const stored = async () =>
      (await api.db.entities.calendarToken.query.byOwner({ tenant: TENANT, subject: 'kalender-lamnar' }).go()).data[0]!;
    const ago = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
    const passTime = async (days: number) => {
      const token = await stored();
      await api.db.entities.calendarToken
        .patch({ tenant: TENANT, secretHash: token.secretHash })
        .set({
          confirmedAt: ago(days).toISOString(),
          expiresAt: Math.floor(ago(days).getTime() / 1000) + 90 * 24 * 60 * 60,
        })
        .go();
    };
    await passTime(89);
    expect((await get(created.feedPath)).status).toBe(200);
    expect(days(await expiresAt())).toBeCloseTo(90, 0);

    // The person left the municipality 91 days ago and has not signed in since: the link answers 404, though DynamoDB's TTL has not removed it yet.
    await passTime(91);
    expect((await get(created.feedPath)).status).toBe(404);
    expect(days(await expiresAt())).toBeLessThan(0);
    expect((await get(created.feedPath)).status).toBe(404);
  });

  it('is for staff: anonymous callers are UNAUTHENTICATED, association accounts FORBIDDEN', async () => {
    expect(errorCodes(await api.graphql('mutation { createCalendarToken { feedPath } }'))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await create(await api.token('association', 'account-unga-i-alby')))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.graphql('{ viewer { calendarTokens { id } } }'))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('npm run dev’s HTTP server', () => {
  let server: ReturnType<typeof createLocalApiServer>;
  beforeAll(async () => {
    server = createLocalApiServer(api.handler, api.config.maxBodyBytes);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves the calendars beside /graphql', async () => {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/calendar/activities.ics?district=tumba`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect([...eventsOf(await response.text()).keys()]).toEqual([uidOf('activity', 'act-nattvandring-1')]);
  });
});
