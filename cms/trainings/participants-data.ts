import type { Payload, PayloadRequest } from 'payload';
import { createContext, type Context } from '../../functions/server/context.js';
import { currentTraining, registrationIdOf } from '../../functions/training/context.js';
import { registrationsOf, rollOf, withWaitlistPositions } from '../../functions/training/reads.js';
import { readModelTarget } from '../publishing/read-model-target.js';
import { isShared, wholeRollOf } from '../../functions/training/sharing.js';
import { defaultMunicipalitySlug, tenantSlugOf } from '../tenancy/municipality.js';

/** A training as the CMS keeps it, as far as the Deltagare tab needs it. */
export interface TrainingDocument {
  id: number | string;
  key?: string | null;
  title?: string | null;
  startsAt?: string | null;
  capacity?: number | null;
  registrationUrl?: string | null;
  /** Its municipality (an id at depth 0): its people are in that municipality's read model. */
  tenant?: unknown;
}

/** One person on the roll or the waiting list, as the tab and the CSV show them. */
export interface Participant {
  /** The API's registration id (what `recordAttendance` takes). */
  id: string;
  name: string | null;
  email: string | null;
  department: string;
  /** The department's name in the admin's language, its key when the CMS has none. */
  departmentName: string;
  registeredAt: string;
  attended: boolean;
  waitlistPosition: number | null;
}

export interface Participants {
  /** Whether the training is in the read model: staff register for what is published. */
  published: boolean;
  /** The start as published (the draft may differ): what the domain checks attendance against. */
  startsAt: string | null;
  started: boolean;
  capacity: number | null;
  roll: Participant[];
  waitlist: Participant[];
  attended: number;
}

/** The municipality a training document belongs to (issue 32): its people are in that municipality's read model. */
export const municipalityOfTraining = async (payload: Payload, training: { tenant?: unknown }) =>
  (await tenantSlugOf(payload, training.tenant)) ?? defaultMunicipalitySlug();

/**
 * The CMS user as the training domain's coordinator (as the Reports view reads): the roll and attendance
 * go through the same code as the API's `Training.registrations` and `recordAttendance`, which check the role
 * again. Only callers that passed `canManageParticipants` get here.
 */
export function trainingContextOf(req: Pick<PayloadRequest, 'user'>, tenant: string, now = new Date()): Context {
  const { db } = readModelTarget();
  const user = req.user as { email?: string } | null;
  return createContext({
    viewer: { role: 'COORDINATOR', roles: ['COORDINATOR'], subject: `cms:${user?.email ?? 'unknown'}` },
    tenant,
    db,
    cursorSecret: '',
    now,
  });
}

/** Department names by key, from the CMS's departments (registrations name a department by its key). */
async function departmentNames(payload: Payload, keys: string[], language: string | undefined) {
  if (!keys.length) return new Map<string, string>();
  const { docs } = await payload.find({
    collection: 'departments',
    where: { key: { in: keys } },
    locale: language === 'en' ? 'en' : 'sv',
    depth: 0,
    limit: keys.length,
    overrideAccess: true,
  });
  return new Map(docs.map((doc) => [doc.key ?? '', doc.name]));
}

/** The training's people in order of registration: the roll (with attendance) and the waiting list by place. */
export async function participantsOf(
  req: Pick<PayloadRequest, 'user' | 'payload'>,
  training: TrainingDocument,
  language: string | undefined,
): Promise<Participants> {
  const context = trainingContextOf(req, await municipalityOfTraining(req.payload, training));
  const key = training.key ?? '';
  const published = key ? await currentTraining(context, key) : null;
  // A shared training's people (functions/training/sharing.ts): the organiser's tab lists every partner's.
  const [registrations, roll] = key
    ? await Promise.all([
        published && isShared(published)
          ? wholeRollOf(context.db, published, context.tenant)
          : registrationsOf(context, key),
        rollOf(context, { key }),
      ])
    : [[], null];
  const startsAt = published?.startsAt ?? training.startsAt ?? null;
  const names = await departmentNames(req.payload, [...new Set(registrations.map((r) => r.department))], language);
  const people = withWaitlistPositions(registrations)
    .filter((registration) => registration.status !== 'CANCELLED')
    .map((registration): Participant => ({
      id: registrationIdOf(registration),
      name: registration.name ?? null,
      email: registration.email ?? null,
      department: registration.department,
      departmentName: names.get(registration.department) ?? registration.department,
      registeredAt: registration.registeredAt,
      attended: registration.attended,
      waitlistPosition: registration.waitlistPosition,
    }));
  const rollPeople = people.filter((person) => person.waitlistPosition === null);
  return {
    published: Boolean(published),
    startsAt,
    started: startsAt !== null && Date.parse(startsAt) <= context.now.getTime(),
    capacity: published ? (published.capacity ?? null) : (training.capacity ?? null),
    roll: rollPeople,
    waitlist: people.filter((person) => person.waitlistPosition !== null),
    // The roll item's attendees are what coverage and the report count.
    attended: roll?.attendees?.length ?? rollPeople.filter((person) => person.attended).length,
  };
}
