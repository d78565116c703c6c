import ical, { type ICalCalendar } from 'ical-generator';
import type { ReadScope } from '../auth/viewer.js';
import type { Db } from '../data/db.js';
import type { ActivityItem } from '../data/entities/activity.js';
import type { TrainingItem } from '../data/entities/training.js';
import type { LocaleCode } from '../domain/locale.js';
import { activityEvent, councilMeetingEvent, trainingEvent } from './events.js';
import { vtimezoneOf } from './zone.js';

const day = 24 * 60 * 60 * 1000;
/** How far back a feed reaches: a subscriber still sees last season's meetings; older ones are history. */
const COUNCIL_HISTORY_MS = 365 * day;
const ACTIVITY_HISTORY_MS = 30 * day;
/** A feed's bound: a calendar app copes with a few thousand events; more is a sign of something wrong. */
const MAX_EVENTS = 2000;
/** How often a calendar app should fetch the feed again (RFC 7986 REFRESH-INTERVAL). */
const REFRESH_SECONDS = 60 * 60;

export interface FeedScope {
  db: Db;
  tenant: string;
  /** The municipality's name as residents read it ("Botkyrka"): the feeds' titles say whose they are. */
  municipalityName: string;
  now: Date;
}

const names = {
  council: (municipality: string) => ({
    sv: `Interreligiösa rådets möten – ${municipality}`,
    en: `Interreligious council meetings – ${municipality}`,
  }),
  activities: (municipality: string) => ({
    sv: `Föreningarnas aktiviteter – ${municipality}`,
    en: `Association activities – ${municipality}`,
  }),
  staff: () => ({
    sv: 'Mitt Värna: rådets möten och mina utbildningar',
    en: 'My Värna: council meetings and my trainings',
  }),
};

function calendarOf(feed: FeedScope, name: Record<'sv' | 'en', string>, locale: LocaleCode): ICalCalendar {
  return ical({
    name: locale === 'en' ? name.en : name.sv,
    prodId: { company: `${feed.municipalityName} kommun`, product: 'Värna', language: locale.toUpperCase() },
    // The zone's VTIMEZONE goes in once; the calendar itself has no zone, so DTSTAMP stays in UTC.
    timezone: { name: null, generator: vtimezoneOf },
    ttl: REFRESH_SECONDS,
  });
}

// council feed: the scope's meetings from a year back on, by start (gsi1 range)
async function councilMeetingsOf({ db, tenant, now }: FeedScope, scope: ReadScope) {
  const from = new Date(now.getTime() - COUNCIL_HISTORY_MS).toISOString();
  const { data } = await db.entities.councilMeeting.query
    .list({ tenant, scope })
    .gte({ listOrder: from })
    .go({ pages: 'all', limit: MAX_EVENTS });
  return data.slice(0, MAX_EVENTS);
}

/** The council's meetings in the caller's scope (the public copies for the public feed). */
export async function councilCalendar(feed: FeedScope, scope: ReadScope, locale: LocaleCode): Promise<string> {
  const calendar = calendarOf(feed, names.council(feed.municipalityName), locale);
  for (const meeting of await councilMeetingsOf(feed, scope))
    calendar.createEvent(councilMeetingEvent(feed.tenant, meeting, locale));
  return calendar.toString();
}

export interface ActivityFilter {
  district?: string | undefined;
  targetGroup?: string | undefined;
}

// activities feed: one listing's activities from a month back on, by start (gsi1 range)
async function activitiesListed(
  { db, tenant, now }: FeedScope,
  listing: 'PUBLISHED' | 'CANCELLED',
): Promise<ActivityItem[]> {
  const from = new Date(now.getTime() - ACTIVITY_HISTORY_MS).toISOString();
  const { data } = await db.entities.activity.query
    .byStatus({ tenant, listing })
    .gte({ startsAt: from })
    .go({ pages: 'all', limit: MAX_EVENTS });
  return data;
}

/** Published activities (and those cancelled after they were published), by district and target group. */
export async function activitiesCalendar(feed: FeedScope, filter: ActivityFilter): Promise<string> {
  const [published, cancelled] = await Promise.all([
    activitiesListed(feed, 'PUBLISHED'),
    activitiesListed(feed, 'CANCELLED'),
  ]);
  const matches = (activity: ActivityItem) =>
    (!filter.district || activity.district === filter.district) &&
    (!filter.targetGroup || (activity.targetGroups ?? []).includes(filter.targetGroup));
  const shown = [...published, ...cancelled.filter((activity) => activity.publishedAt)]
    .filter(matches)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const calendar = calendarOf(feed, names.activities(feed.municipalityName), 'sv');
  for (const activity of shown.slice(0, MAX_EVENTS)) calendar.createEvent(activityEvent(feed.tenant, activity));
  return calendar.toString();
}

// staff feed: the person's registrations (gsi1), their trainings' staff copies (one BatchGetItem per 100)
async function registeredTrainingsOf({ db, tenant, now }: FeedScope, subject: string) {
  const { data: registrations } = await db.entities.trainingRegistration.query
    .byPerson({ tenant, subject })
    .go({ pages: 'all' });
  const keys = [...new Set(registrations.map((registration) => registration.trainingKey))];
  const { data: trainings } = keys.length
    ? await db.entities.training.get(keys.map((key) => ({ tenant, scope: 'staff' as const, key }))).go()
    : { data: [] as TrainingItem[] };
  const byKey = new Map(trainings.map((training) => [training.key, training]));
  const from = new Date(now.getTime() - COUNCIL_HISTORY_MS).toISOString();
  return registrations.flatMap((registration) => {
    const training = byKey.get(registration.trainingKey);
    return training && training.startsAt >= from ? [{ training, registration }] : [];
  });
}

/** A staff member's own feed: the council's meetings as staff see them, and the trainings they registered for. */
export async function staffCalendar(feed: FeedScope, subject: string, locale: LocaleCode): Promise<string> {
  const [meetings, trainings] = await Promise.all([
    councilMeetingsOf(feed, 'staff'),
    registeredTrainingsOf(feed, subject),
  ]);
  const calendar = calendarOf(feed, names.staff(), locale);
  for (const meeting of meetings) calendar.createEvent(councilMeetingEvent(feed.tenant, meeting, locale));
  for (const { training, registration } of trainings)
    calendar.createEvent(trainingEvent(feed.tenant, training, registration, locale));
  return calendar.toString();
}
