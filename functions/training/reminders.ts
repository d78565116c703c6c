import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Db } from '../data/db.js';
import { trainingMessage } from './messages.js';
import { registrationsOf } from './reads.js';

/** How far ahead the reminder job looks: a training starting within the next day. */
export const REMINDER_AHEAD_MS = 24 * 60 * 60 * 1000;

interface ReminderContext {
  db: Db;
  tenant: string;
  /** The municipality's name, which the reminder signs with; the default's when not given. */
  municipalityName?: string;
  now: Date;
}

// reminder job: staff trainings starting in (now, now + a day] — the list index is ordered by start (listOrder: start, then key)
async function trainingsStartingSoon(context: ReminderContext) {
  const from = context.now.toISOString();
  const to = new Date(context.now.getTime() + REMINDER_AHEAD_MS).toISOString();
  const { data } = await context.db.entities.training.query
    .list({ tenant: context.tenant, scope: 'staff' })
    // The upper bound is the start followed by a key (`~` sorts after the separator and every key).
    .between({ listOrder: from }, { listOrder: `${to}~` })
    .go({ pages: 'all' });
  return data.filter((training) => training.startsAt > from && training.startsAt <= to);
}

/**
 * The reminder job (functions/handlers/training-reminders.ts, hourly): every person with a seat (REGISTERED;
 * not waiting, not cancelled, not anonymised) at a training that starts within the next day gets one
 * reminder. The message's id comes from the registration's, written on condition that it does not exist:
 * a rerun, or a registration seen by two runs, never writes a second one.
 */
export async function writeTrainingReminders(
  context: ReminderContext,
): Promise<{ trainings: number; reminders: number; alreadySent: number }> {
  const trainings = await trainingsStartingSoon(context);
  let reminders = 0;
  let alreadySent = 0;
  for (const training of trainings) {
    const registrations = await registrationsOf(context, training.key, { consistent: true });
    for (const registration of registrations) {
      if (registration.status !== 'REGISTERED' || registration.anonymisedAt) continue;
      const message = trainingMessage(context, context.now, 'REMINDER', registration, training);
      if (!message) continue;
      try {
        await context.db.entities.notification
          .put(message)
          .where((attr, op) => op.notExists(attr.id))
          .go({ response: 'none', originalErr: true });
        reminders++;
      } catch (error) {
        // The reminder of this registration was written before (an earlier run): that is the one.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        alreadySent++;
      }
    }
  }
  return { trainings: trainings.length, reminders, alreadySent };
}
