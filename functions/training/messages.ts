import type { Db } from '../data/db.js';
import type { TrainingItem } from '../data/entities/training.js';
import type { TrainingRegistrationItem } from '../data/entities/training-registration.js';
import type { TransactItem } from '../data/transactions.js';
import { NOTIFICATION_KEEP_DAYS } from '../register/decisions.js';
import { registrationIdOf } from './context.js';
import { trainingNoticeOf, type TrainingNoticeKind } from './notices.js';
import { DEFAULT_TENANT_NAME } from '../defaults.js';

/**
 * A staff member's e-mail about their training registration, in the outbox the register's e-mail uses
 * (functions/notifications/ sends it). Each kind is told once per registration: the message's id is the
 * kind and the registration's id, written on condition that it does not exist, so that a retried
 * transaction or a rerun of the reminder job never writes a second one. The message carries the person's
 * e-mail address: it lives as long as the register's messages (NOTIFICATION_KEEP_DAYS, DynamoDB TTL; the
 * daily retention job deletes SENT and FAILED ones older than that), and `npm run staff:erase` deletes it.
 */
export const trainingNoticeKinds: readonly TrainingNoticeKind[] = [
  'REGISTERED',
  'WAITLISTED',
  'CANCELLED',
  'MOVED_UP',
  'REMINDER',
];

/** The message of one kind about one registration: the same id however often it is written. */
export const trainingMessageIdOf = (kind: TrainingNoticeKind, registration: { trainingKey: string; ticket: string }) =>
  `training-${kind.toLowerCase().replace('_', '-')}:${registrationIdOf(registration)}`;

/** The outbox item of a message (PENDING, due now), or null when the registration has no e-mail address. */
export function trainingMessage(
  municipality: { tenant: string; municipalityName?: string | undefined },
  now: Date,
  kind: TrainingNoticeKind,
  registration: TrainingRegistrationItem,
  training: Pick<TrainingItem, 'title' | 'startsAt'>,
  place?: number,
) {
  // A staff token without an `email` claim gave the registration no address: there is nobody to write to.
  // The person still sees the registration's status in the intranet (viewer.trainingRegistrations).
  if (!registration.email) return null;
  const at = now.toISOString();
  return {
    tenant: municipality.tenant,
    id: trainingMessageIdOf(kind, registration),
    registrationId: registrationIdOf(registration),
    trainingKey: registration.trainingKey,
    to: registration.email,
    ...trainingNoticeOf(kind, training, registration.locale, {
      place,
      municipalityName: municipality.municipalityName ?? DEFAULT_TENANT_NAME,
    }),
    status: 'PENDING' as const,
    attempts: 0,
    nextAttemptAt: at,
    createdAt: at,
    expiresAt: Math.floor(now.getTime() / 1000) + NOTIFICATION_KEEP_DAYS * 24 * 60 * 60,
  };
}

/** The message as a transaction's put that never overwrites; none without an address. */
export function trainingMessagePut(
  context: { db: Db; tenant: string; municipalityName?: string | undefined; now: Date },
  kind: TrainingNoticeKind,
  registration: TrainingRegistrationItem,
  training: Pick<TrainingItem, 'title' | 'startsAt'>,
  place?: number,
): TransactItem[] {
  const message = trainingMessage(context, context.now, kind, registration, training, place);
  if (!message) return [];
  return [
    {
      Put: context.db.entities.notification
        .put(message)
        .where((attr, op) => op.notExists(attr.id))
        .params(),
    } as TransactItem,
  ];
}

/** staff:erase: deletes every message about these registrations (one DeleteItem per kind; a missing one is no error). */
export async function deleteTrainingMessages(
  context: { db: Db; tenant: string },
  registrations: { trainingKey: string; ticket: string }[],
): Promise<number> {
  let count = 0;
  for (const registration of registrations)
    for (const kind of trainingNoticeKinds) {
      const { data } = await context.db.entities.notification
        .delete({ tenant: context.tenant, id: trainingMessageIdOf(kind, registration) })
        .go({ response: 'all_old' });
      if (data) count++;
    }
  return count;
}
