import type { Db } from '../data/db.js';
import type { NotificationItem } from '../data/entities/notification.js';
import { deliverOnce, settleLapsedClaim, sweepCounts } from '../data/outbox.js';
import type { DeliveryOutcome, DeliveryPolicy, SweepCounts } from '../data/outbox.js';

/** Sends one message; throws when the mail server refuses it or cannot be reached. */
export type SendMail = (message: { to: string; subject: string; text: string }) => Promise<unknown>;

/** Attempts before a message is given up (FAILED), waiting 1, 2, 4, 8, 16 minutes between them. */
export const MAX_ATTEMPTS = 6;

/** A claimed message is held 5 minutes; one whose sender stopped counts as lost and fails (never sent twice). */
const policy: DeliveryPolicy = {
  claimMs: 5 * 60 * 1000,
  maxAttempts: MAX_ATTEMPTS,
  backoffMs: (attempts) => 60_000 * 2 ** (attempts - 1),
};

/**
 * Delivers one message at most once: claims it, sends it, and marks it SENT; a failed send puts it back
 * as PENDING after a growing pause, and after MAX_ATTEMPTS marks it FAILED (functions/data/outbox.ts).
 */
export async function deliverNotification(
  db: Db,
  message: NotificationItem,
  send: SendMail,
  sender: string,
  now: Date,
): Promise<DeliveryOutcome> {
  return deliverOnce(db, 'notification', message, { policy, sender, now }, () =>
    send({ to: message.to, subject: message.subject, text: message.text }),
  );
}

// notifier's sweep: PENDING messages due now, oldest first (one Query per page)
export async function dueNotifications(db: Db, tenant: string, now: Date): Promise<NotificationItem[]> {
  const { data } = await db.entities.notification.query
    .byStatus({ tenant, status: 'PENDING' })
    .lte({ nextAttemptAt: now.toISOString() })
    .go({ pages: 'all' });
  return data;
}

// notifier's sweep: SENDING messages whose sender never came back (one Query): FAILED, not sent again
async function lapsedClaims(db: Db, tenant: string, now: Date): Promise<number> {
  const { data } = await db.entities.notification.query
    .byStatus({ tenant, status: 'SENDING' })
    .where((attr, op) => op.lt(attr.claimedUntil, now.toISOString()))
    .go({ pages: 'all' });
  for (const message of data)
    await settleLapsedClaim(
      db,
      'notification',
      message,
      { status: 'FAILED' },
      'The sender stopped before it confirmed the send; not sent again (at most once).',
    );
  return data.length;
}

/**
 * Nodemailer's codes for a mail server that could not be reached or did not answer in time, and SES's for a
 * sender over its sending rate: every message after it would meet the same, each using up the Lambda's time.
 */
const serverUnavailableCodes = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS']);
const serverUnavailableNames = new Set(['TooManyRequestsException', 'ThrottlingException', 'SendingPausedException']);

export function mailServerUnavailable(error: unknown): boolean {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  return (
    (typeof code === 'string' && serverUnavailableCodes.has(code)) ||
    (typeof name === 'string' && serverUnavailableNames.has(name))
  );
}

/**
 * Everything due: what the stream's new messages and the minute's sweep both run. Once the mail server is
 * unreachable, slow or throttling, the sweep stops: the rest stay PENDING, unclaimed and with their attempts
 * unspent, for the next sweep, so that a sweep never runs past its Lambda's time with a message claimed.
 */
export async function deliverDue(
  db: Db,
  tenant: string,
  send: SendMail,
  sender: string,
  now: Date,
): Promise<SweepCounts> {
  const lapsed = await lapsedClaims(db, tenant, now);
  const outcomes: DeliveryOutcome[] = [];
  let unavailable = false;
  const watched: SendMail = async (message) => {
    try {
      return await send(message);
    } catch (error) {
      unavailable ||= mailServerUnavailable(error);
      throw error;
    }
  };
  for (const message of await dueNotifications(db, tenant, now)) {
    outcomes.push(await deliverNotification(db, message, watched, sender, now));
    if (unavailable) break;
  }
  return sweepCounts(lapsed, outcomes);
}
