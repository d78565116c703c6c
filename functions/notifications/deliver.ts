import type { Db } from '../data/db.js';
import type { NotificationItem } from '../data/entities/notification.js';
import { deliverOnce, settleLapsedClaim, sweepCounts } from '../data/outbox.js';
import type { DeliveryOutcome, DeliveryPolicy, SweepCounts } from '../data/outbox.js';

/**
 * Sends one message; throws when the mail server refuses it or cannot be reached. `messageId` is the mail's
 * Message-ID, the same on every attempt of one outbox message.
 */
export type SendMail = (message: { to: string; subject: string; text: string; messageId: string }) => Promise<unknown>;

/** Attempts before a message is given up (FAILED), waiting 1, 2, 4, 8, 16 minutes between them. */
export const MAX_ATTEMPTS = 6;

/** A claimed message is held 5 minutes; one whose sender stopped is then due again (see lapsedClaims). */
const policy: DeliveryPolicy = {
  claimMs: 5 * 60 * 1000,
  maxAttempts: MAX_ATTEMPTS,
  backoffMs: (attempts) => 60_000 * 2 ** (attempts - 1),
};

/** An outbox message's Message-ID: one per message, whichever attempt sends it (RFC 5322 `id-left@id-right`). */
export const messageIdOf = (message: Pick<NotificationItem, 'id'>) =>
  `<${message.id.replace(/[^A-Za-z0-9._-]/g, '.')}@notifications.varna>`;

/**
 * Delivers one message: claims it (one sender at a time), sends it, and marks it SENT; a failed send puts it
 * back as PENDING after a growing pause, and after MAX_ATTEMPTS marks it FAILED (functions/data/outbox.ts).
 */
export async function deliverNotification(
  db: Db,
  message: NotificationItem,
  send: SendMail,
  sender: string,
  now: Date,
): Promise<DeliveryOutcome> {
  return deliverOnce(db, 'notification', message, { policy, sender, now }, () =>
    send({ to: message.to, subject: message.subject, text: message.text, messageId: messageIdOf(message) }),
  );
}

// notifier's sweep: PENDING messages due now, oldest first (one Query per page)
export async function dueNotifications(db: Db, tenant: string, now: Date): Promise<NotificationItem[]> {
  const { data } = await db.entities.notification.query
    .byStatus({ tenant, status: 'PENDING' })
    // The sort key is "nextAttemptAt#id": a message due at `now` itself (a lapsed claim made due by this sweep)
    // sorts above "now" but below the next millisecond.
    .lt({ nextAttemptAt: new Date(now.getTime() + 1).toISOString() })
    .go({ pages: 'all' });
  return data;
}

/**
 * The notifier's sweep: SENDING messages whose sender never came back (one Query) are due again. The sender
 * may have stopped before the send or after it: a mail that must not be lost may then arrive twice, with the
 * same Message-ID (at least once; a mail program shows one).
 */
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
      { status: 'PENDING', nextAttemptAt: now.toISOString() },
      'The sender stopped before it confirmed the send; sent again with the same Message-ID.',
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
