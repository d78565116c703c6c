import { ICalEventStatus, type ICalEventData } from 'ical-generator';
import type { ActivityItem } from '../data/entities/activity.js';
import type { CouncilMeetingItem } from '../data/entities/council-meeting.js';
import type { TrainingItem } from '../data/entities/training.js';
import type { TrainingRegistrationItem } from '../data/entities/training-registration.js';
import { pick, type LocaleCode, type LocalizedText } from '../domain/locale.js';
import { plainTextLines } from '../domain/plain-text.js';
import { targetGroupNames, type TargetGroup } from '../domain/vocabulary.js';
import { CALENDAR_ZONE, inZone } from './zone.js';

/**
 * What a calendar app keeps of an event: a UID that never changes for the same meeting, activity or
 * registration, and a SEQUENCE that grows with every change, so that a subscriber's copy is replaced
 * rather than duplicated. The sequence is the seconds from 2020 to the item's last change (for a training
 * in the staff feed, the later of the training's and the registration's): it grows with every write and
 * fits RFC 5545's integer until 2088.
 */
const SEQUENCE_EPOCH = Date.parse('2020-01-01T00:00:00Z');
const sequenceOf = (...changedAt: string[]) =>
  Math.max(0, ...changedAt.map((instant) => Math.floor((Date.parse(instant) - SEQUENCE_EPOCH) / 1000)));

const uidOf = (tenant: string, kind: string, key: string) => `${kind}-${key}@${tenant}.varna`;
const textIn = (text: LocalizedText | undefined, locale: LocaleCode) => pick(text, locale) ?? '';
const placeOf = (location: { name: string; address?: string } | undefined) =>
  location ? [location.name, location.address].filter(Boolean).join(', ') : null;

/** Start and end in Stockholm time; an event without an end is an instant (RFC 5545: DTSTART only). */
const timesOf = (startsAt: string, endsAt: string | undefined) => ({
  start: inZone(startsAt),
  ...(endsAt ? { end: inZone(endsAt) } : {}),
  timezone: CALENDAR_ZONE,
});

// council feed: a meeting of the interreligious council (a cancelled one stays, as CANCELLED)
export function councilMeetingEvent(tenant: string, meeting: CouncilMeetingItem, locale: LocaleCode): ICalEventData {
  return {
    id: uidOf(tenant, 'council-meeting', meeting.key),
    sequence: sequenceOf(meeting.updatedAt),
    stamp: new Date(meeting.updatedAt),
    ...timesOf(meeting.startsAt, meeting.endsAt),
    summary: textIn(meeting.title, locale),
    // One agenda item a line: "Trygghet i Fittja" and "Gemensam manifestation" must not run together.
    description: plainTextLines(textIn(meeting.agenda, locale)) || null,
    location: placeOf(meeting.location),
    status: meeting.meetingStatus === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
}

// activities feed: a published activity of an approved association (a cancelled one that was published stays, as CANCELLED)
export function activityEvent(tenant: string, activity: ActivityItem): ICalEventData {
  return {
    id: uidOf(tenant, 'activity', activity.id),
    sequence: sequenceOf(activity.updatedAt),
    stamp: new Date(activity.updatedAt),
    ...timesOf(activity.startsAt, activity.endsAt),
    summary: activity.title,
    description: activity.description ?? null,
    location: placeOf(activity.location),
    url: activity.registrationUrl ?? null,
    // The register is in Swedish, and so is its calendar: target groups in words, not the API's codes.
    categories: (activity.targetGroups ?? []).map((group) => ({
      name: targetGroupNames[group as TargetGroup]?.sv ?? group,
    })),
    status: activity.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
}

// staff feed: a training the person registered for (waiting list: TENTATIVE; a cancelled registration stays, as CANCELLED)
export function trainingEvent(
  tenant: string,
  training: TrainingItem,
  registration: TrainingRegistrationItem,
  locale: LocaleCode,
): ICalEventData {
  const status = {
    REGISTERED: ICalEventStatus.CONFIRMED,
    WAITLISTED: ICalEventStatus.TENTATIVE,
    CANCELLED: ICalEventStatus.CANCELLED,
  }[registration.status];
  return {
    id: uidOf(tenant, 'training-registration', `${training.key}-${registration.ticket}`),
    sequence: sequenceOf(training.updatedAt, registration.updatedAt),
    stamp: new Date(registration.updatedAt > training.updatedAt ? registration.updatedAt : training.updatedAt),
    ...timesOf(training.startsAt, training.endsAt),
    summary: textIn(training.title, locale),
    description: plainTextLines(textIn(training.description, locale)) || null,
    status,
  };
}
