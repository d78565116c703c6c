import { randomBytes } from 'node:crypto';
import type { Db } from '../data/db.js';
import type { TrainingRegistrationItem } from '../data/entities/training-registration.js';
import type { TrainingRollItem } from '../data/entities/training-roll.js';
import { transact, type TransactItem } from '../register/guards.js';
import { currentTraining, personOf, trainingEnd } from './context.js';
import { deleteTrainingMessages } from './messages.js';
import { registrationsOf, registrationsOfPerson } from './reads.js';
import { registrantDelete } from './registrations.js';

/**
 * Registrations are personal data, kept no longer than they serve: some time after the training (24
 * months unless configured) a scheduled job anonymises them, and one person's are erased on request
 * (`npm run staff:erase`). Anonymising removes the name, the e-mail address and the subject; what stays
 * (department, status, attendance, and the keyed person hash) keeps every count the same. Erasure goes
 * further: it replaces the keyed hash, which the deployment's secret could recompute from the subject, by
 * a random pseudonym.
 */
export const DEFAULT_RETENTION_MONTHS = 24;

interface RetentionContext {
  db: Db;
  tenant: string;
  now: Date;
}

/** The registration without what names the person, written over the stored one on condition that it did not change meanwhile. */
function anonymisedPut(
  context: RetentionContext,
  registration: TrainingRegistrationItem,
  person = registration.person,
): TransactItem {
  const { name: _name, email: _email, ...rest } = registration;
  const subject = registration.anonymisedAt ? registration.subject : `anonymised:${registration.ticket}`;
  return {
    Put: context.db.entities.trainingRegistration
      .put({
        ...rest,
        subject,
        person,
        anonymisedAt: registration.anonymisedAt ?? context.now.toISOString(),
        updatedAt: context.now.toISOString(),
      })
      .where((attr, op) => op.eq(attr.updatedAt, registration.updatedAt))
      .params(),
  } as TransactItem;
}

/** The guard of an active registration goes with its subject (a cancelled or anonymised one has none left). */
const guardDeletes = (context: RetentionContext, registration: TrainingRegistrationItem): TransactItem[] =>
  registration.status !== 'CANCELLED' && !registration.anonymisedAt ? [registrantDelete(context, registration)] : [];

/** Anonymises registrations (and removes their registrant guards), one transaction each; returns how many. */
async function anonymise(context: RetentionContext, registrations: TrainingRegistrationItem[]): Promise<number> {
  let count = 0;
  for (const registration of registrations) {
    if (registration.anonymisedAt) continue;
    const failed = await transact(context.db, [
      anonymisedPut(context, registration),
      ...guardDeletes(context, registration),
    ]);
    if (failed.length)
      throw new Error(
        `Registration ${registration.trainingKey}/${registration.ticket} changed while it was anonymised; run again.`,
      );
    count++;
  }
  return count;
}

const cutoffOf = (now: Date, retentionMonths: number) => {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - retentionMonths);
  return cutoff.toISOString();
};

// retention job: rolls whose training ended before the cutoff, by the end each registration stamped on them
async function endedRolls(context: RetentionContext, cutoff: string): Promise<TrainingRollItem[]> {
  const { data } = await context.db.entities.trainingRoll.query
    .byEnd({ tenant: context.tenant })
    .lt({ endsAt: cutoff })
    .where((attr, op) => op.notExists(attr.anonymisedAt))
    .go({ pages: 'all' });
  return data;
}

// retention job: published trainings that ended before the cutoff (their rolls may predate the end stamp)
async function endedTrainings(context: RetentionContext, cutoff: string): Promise<string[]> {
  const { data } = await context.db.entities.training.query
    .list({ tenant: context.tenant, scope: 'staff' })
    .lt({ listOrder: cutoff })
    .go({ pages: 'all' });
  return data.filter((training) => trainingEnd(training) < cutoff).map((training) => training.key);
}

/**
 * The retention job: anonymises the registrations of every training that ended longer ago than the
 * retention time. The rolls say which: a roll carries its training's end, so a training unpublished or
 * deleted since (gone from the read model) is found as surely as a published one. A training that is still
 * published and was moved later since its last registration keeps its registrations; its roll takes the new end.
 */
export async function anonymiseEndedTrainings(
  context: RetentionContext,
  retentionMonths = DEFAULT_RETENTION_MONTHS,
): Promise<{ trainings: number; registrations: number }> {
  const cutoff = cutoffOf(context.now, retentionMonths);
  const [rolls, published] = await Promise.all([endedRolls(context, cutoff), endedTrainings(context, cutoff)]);
  const candidates = new Set([...rolls.map((roll) => roll.trainingKey), ...published]);
  const marked = candidates.size
    ? (
        await context.db.entities.trainingRoll
          .get([...candidates].map((trainingKey) => ({ tenant: context.tenant, trainingKey })))
          .go()
      ).data
    : [];
  const done = new Set(marked.filter((roll) => roll.anonymisedAt).map((roll) => roll.trainingKey));
  let registrations = 0;
  let count = 0;
  for (const trainingKey of candidates) {
    if (done.has(trainingKey)) continue;
    const training = await currentTraining(context, trainingKey);
    if (training && trainingEnd(training) >= cutoff) {
      await context.db.entities.trainingRoll
        .upsert({ tenant: context.tenant, trainingKey, endsAt: trainingEnd(training) })
        .go();
      continue;
    }
    registrations += await anonymise(context, await registrationsOf(context, trainingKey, { consistent: true }));
    await context.db.entities.trainingRoll
      .update({ tenant: context.tenant, trainingKey })
      .set({ anonymisedAt: context.now.toISOString() })
      .go();
    count++;
  }
  return { trainings: count, registrations };
}

// staff:erase: every registration that carries the person's pseudonym, those anonymised by the retention job
// included (their subject is gone). A scan: erasure is rare and must reach every copy, whatever training it is of.
async function registrationsOfPseudonym(
  context: RetentionContext,
  person: string,
): Promise<TrainingRegistrationItem[]> {
  const { data } = await context.db.entities.trainingRegistration.scan
    .where((attr, op) => op.eq(attr.person, person))
    .go({ pages: 'all', consistent: true });
  return data;
}

/** A fresh pseudonym, of the keyed hash's shape: counts of distinct people stay, and nobody can compute it from the person. */
const randomPseudonym = () => randomBytes(16).toString('base64url').slice(0, 22);

/**
 * The roll's attendees with the erased pseudonym replaced, written on condition that the roll's attendees
 * are still what was read (a coordinator recording attendance meanwhile makes the erasure read again).
 */
function rollAttendeesReplaced(
  context: RetentionContext,
  roll: TrainingRollItem,
  from: string,
  to: string,
): TransactItem[] {
  const attendees = roll.attendees ?? [];
  if (!attendees.some((entry) => entry.startsWith(`${from}|`))) return [];
  const replaced = attendees.map((entry) =>
    entry.startsWith(`${from}|`) ? `${to}${entry.slice(from.length)}` : entry,
  );
  const params = context.db.entities.trainingRoll
    .update({ tenant: roll.tenant, trainingKey: roll.trainingKey })
    .set({ attendees: replaced })
    .params() as {
    ConditionExpression?: string;
    ExpressionAttributeNames: Record<string, string>;
    ExpressionAttributeValues: Record<string, unknown>;
  };
  // A set compares as a set: the condition holds only while nobody added or removed an attendee since the read.
  params.ExpressionAttributeNames['#seenAttendees'] = 'attendees';
  params.ExpressionAttributeValues[':seenAttendees'] = new Set(attendees);
  params.ConditionExpression = [params.ConditionExpression, '#seenAttendees = :seenAttendees']
    .filter(Boolean)
    .join(' AND ');
  return [{ Update: params } as TransactItem];
}

/**
 * Erases one person's registrations on request: those for trainings not yet started are cancelled first
 * (a waiting person moves up, through `cancel`), then every one of their registrations is anonymised and
 * their pseudonym, on the registrations and on the rolls' attendees, replaced by a random one. Counts stay
 * the same; nothing links the records to the person any more, not even for someone holding the secret.
 * Their e-mail about the registrations (the outbox, messages.ts), sent or not, is deleted.
 */
export async function eraseStaffMember(
  context: RetentionContext & { cursorSecret: string },
  subject: string,
  cancel: (registration: TrainingRegistrationItem) => Promise<void>,
): Promise<{ cancelled: number; anonymised: number; messages: number }> {
  let cancelled = 0;
  for (const registration of await registrationsOfPerson(context, subject)) {
    if (registration.status === 'CANCELLED') continue;
    const training = await currentTraining(context, registration.trainingKey);
    if (training && Date.parse(training.startsAt) > context.now.getTime()) {
      await cancel(registration);
      cancelled++;
    }
  }
  const person = personOf(context.cursorSecret, context.tenant, subject);
  // The outbox's copies of their address: every message about any of their registrations (anonymised ones too).
  const messages = await deleteTrainingMessages(context, await registrationsOfPseudonym(context, person));
  const pseudonym = randomPseudonym();
  let anonymised = 0;
  // Until no registration carries the pseudonym (a pass whose transaction met a concurrent change reads again).
  for (let attempt = 0; attempt <= 5; attempt++) {
    const byTraining = new Map<string, TrainingRegistrationItem[]>();
    for (const registration of await registrationsOfPseudonym(context, person))
      byTraining.set(registration.trainingKey, [...(byTraining.get(registration.trainingKey) ?? []), registration]);
    if (byTraining.size === 0) return { cancelled, anonymised, messages };
    if (attempt === 5) break;
    // Strongly consistent: an attendance recorded a moment ago must be on the roll that is rewritten.
    const rolls = await Promise.all(
      [...byTraining.keys()].map(
        async (trainingKey) =>
          (await context.db.entities.trainingRoll.get({ tenant: context.tenant, trainingKey }).go({ consistent: true }))
            .data,
      ),
    );
    for (const [trainingKey, registrations] of byTraining) {
      const roll = rolls.find((candidate) => candidate?.trainingKey === trainingKey);
      const items = [
        ...registrations.flatMap((registration) => [
          anonymisedPut(context, registration, pseudonym),
          ...guardDeletes(context, registration),
        ]),
        ...(roll ? rollAttendeesReplaced(context, roll, person, pseudonym) : []),
      ];
      // One training's records change together, or not at all (and are read again).
      if ((await transact(context.db, items)).length === 0)
        anonymised += registrations.filter((registration) => !registration.anonymisedAt).length;
    }
  }
  throw new Error(`The registrations of ${subject} kept changing while they were erased; run again.`);
}
