import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Db } from '../data/db.js';
import type { NotificationItem } from '../data/entities/notification.js';

/** Sends one message; throws when the mail server refuses it or cannot be reached. */
export type SendMail = (message: { to: string; subject: string; text: string }) => Promise<unknown>;

/** How long a sender may hold a claimed message before it counts as lost (never sent twice: it then fails). */
const CLAIM_MS = 5 * 60 * 1000;
/** Attempts before a message is given up (FAILED), waiting 1, 2, 4, 8, 16 minutes between them. */
export const MAX_ATTEMPTS = 6;
const backoffMs = (attempts: number) => 60_000 * 2 ** (attempts - 1);

export type DeliveryOutcome = 'sent' | 'retrying' | 'failed' | 'not-due';

// notifier: claims one due PENDING message for this sender (a conditional update: only one sender wins)
async function claim(db: Db, message: NotificationItem, sender: string, now: Date): Promise<boolean> {
  try {
    await db.entities.notification
      .patch({ tenant: message.tenant, id: message.id })
      .set({ status: 'SENDING', claimedBy: sender, claimedUntil: new Date(now.getTime() + CLAIM_MS).toISOString() })
      .where((attr, op) => `${op.eq(attr.status, 'PENDING')} AND ${op.eq(attr.attempts, message.attempts)} AND ${op.lte(attr.nextAttemptAt, now.toISOString())}`)
      .go({ response: 'none', originalErr: true });
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/**
 * Delivers one message at most once: claims it, sends it, and marks it SENT; a failed send puts it back
 * as PENDING after a growing pause, and after MAX_ATTEMPTS marks it FAILED. A message another sender
 * holds, or that is not due, is left alone.
 */
export async function deliverNotification(db: Db, message: NotificationItem, send: SendMail, sender: string, now: Date): Promise<DeliveryOutcome> {
  if (!(await claim(db, message, sender, now))) return 'not-due';
  const key = { tenant: message.tenant, id: message.id };
  const attempts = message.attempts + 1;
  try {
    await send({ to: message.to, subject: message.subject, text: message.text });
  } catch (error) {
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    const failed = attempts >= MAX_ATTEMPTS;
    await db.entities.notification
      .patch(key)
      .set({ status: failed ? 'FAILED' : 'PENDING', attempts, lastError, nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)).toISOString() })
      .remove(['claimedBy', 'claimedUntil'])
      .where((attr, op) => op.eq(attr.claimedBy, sender))
      .go({ response: 'none' });
    return failed ? 'failed' : 'retrying';
  }
  await db.entities.notification
    .patch(key)
    .set({ status: 'SENT', attempts, sentAt: new Date().toISOString() })
    .remove(['claimedBy', 'claimedUntil', 'lastError'])
    .where((attr, op) => op.eq(attr.claimedBy, sender))
    .go({ response: 'none' });
  return 'sent';
}

// notifier's sweep: PENDING messages due now, oldest first (one Query per page)
export async function dueNotifications(db: Db, tenant: string, now: Date): Promise<NotificationItem[]> {
  const { data } = await db.entities.notification.query.byStatus({ tenant, status: 'PENDING' }).lte({ nextAttemptAt: now.toISOString() }).go({ pages: 'all' });
  return data;
}

// notifier's sweep: SENDING messages whose sender never came back (one Query): FAILED, not sent again
async function lapsedClaims(db: Db, tenant: string, now: Date): Promise<number> {
  const { data } = await db.entities.notification.query
    .byStatus({ tenant, status: 'SENDING' })
    .where((attr, op) => op.lt(attr.claimedUntil, now.toISOString()))
    .go({ pages: 'all' });
  for (const message of data) {
    await db.entities.notification
      .patch({ tenant, id: message.id })
      .set({ status: 'FAILED', lastError: 'The sender stopped before it confirmed the send; not sent again (at most once).' })
      .where((attr, op) => `${op.eq(attr.status, 'SENDING')} AND ${op.eq(attr.claimedBy, message.claimedBy ?? '')}`)
      .go({ response: 'none', originalErr: true })
      .catch((error: unknown) => {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      });
  }
  return data.length;
}

/** Everything due: what the stream's new messages and the minute's sweep both run. */
export async function deliverDue(db: Db, tenant: string, send: SendMail, sender: string, now: Date): Promise<Record<DeliveryOutcome | 'lapsed', number>> {
  const counts = { sent: 0, retrying: 0, failed: 0, 'not-due': 0, lapsed: await lapsedClaims(db, tenant, now) };
  for (const message of await dueNotifications(db, tenant, now)) counts[await deliverNotification(db, message, send, sender, now)]++;
  return counts;
}
