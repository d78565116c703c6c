import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Db } from './db.js';

/**
 * The outboxes, entities built from outboxAttributes and outboxIndexes (entities/shared.ts): the register's
 * e-mail (functions/notifications/) and the frontends' webhooks (functions/webhooks/). Their senders deliver
 * a message the same way, here; what differs is the attempt itself (an e-mail, a signed POST), the policy
 * (attempts, pauses, how long a claim holds), and what their sweeps do with a claim whose sender stopped.
 */
export type Outbox = 'notification' | 'webhookDelivery';

export type DeliveryOutcome = 'sent' | 'retrying' | 'failed' | 'not-due';

export interface DeliveryPolicy {
  /** How long a sender may hold a claimed message before its sweep counts the claim as lapsed. */
  claimMs: number;
  /** Attempts before a message is given up (FAILED). */
  maxAttempts: number;
  /** The pause before the next attempt, after `attempts` failed ones. */
  backoffMs: (attempts: number) => number;
}

interface OutboxMessage {
  tenant: string;
  id: string;
  attempts: number;
}

// outbox senders: claim one due PENDING message (a conditional update: only one sender wins)
async function claim(
  db: Db,
  outbox: Outbox,
  message: OutboxMessage,
  policy: DeliveryPolicy,
  sender: string,
  now: Date,
): Promise<boolean> {
  try {
    await db.entities[outbox]
      .patch({ tenant: message.tenant, id: message.id })
      .set({
        status: 'SENDING',
        claimedBy: sender,
        claimedUntil: new Date(now.getTime() + policy.claimMs).toISOString(),
      })
      .where(
        (attr, op) =>
          `${op.eq(attr.status, 'PENDING')} AND ${op.eq(attr.attempts, message.attempts)} AND ${op.lte(attr.nextAttemptAt, now.toISOString())}`,
      )
      .go({ response: 'none', originalErr: true });
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** A sweep's counts: the outcomes of the due messages it delivered, and the lapsed claims it settled. */
export type SweepCounts = Record<DeliveryOutcome | 'lapsed', number>;

/** A sweep's counts from its deliveries' outcomes and the claims it found lapsed. */
export function sweepCounts(lapsed: number, outcomes: DeliveryOutcome[]): SweepCounts {
  const counts = { sent: 0, retrying: 0, failed: 0, 'not-due': 0, lapsed };
  for (const outcome of outcomes) counts[outcome]++;
  return counts;
}

/**
 * Settles a claim whose sender stopped before it confirmed (its `claimedUntil` passed), as the outbox's sweep
 * decides: FAILED (an e-mail is never sent twice), or PENDING again with the claim released. Written only while
 * the message is still SENDING under that claim, so a sender that did come back, or another sweep, wins.
 */
export async function settleLapsedClaim(
  db: Db,
  outbox: Outbox,
  message: OutboxMessage & { claimedBy?: string | undefined },
  settled: { status: 'FAILED' } | { status: 'PENDING'; nextAttemptAt: string },
  lastError: string,
): Promise<void> {
  const patch = db.entities[outbox].patch({ tenant: message.tenant, id: message.id }).set({ ...settled, lastError });
  await (settled.status === 'PENDING' ? patch.remove(['claimedBy', 'claimedUntil']) : patch)
    .where((attr, op) => `${op.eq(attr.status, 'SENDING')} AND ${op.eq(attr.claimedBy, message.claimedBy ?? '')}`)
    .go({ response: 'none', originalErr: true })
    .catch((error: unknown) => {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    });
}

/** What went wrong, for the message's `lastError`: the error's message and its cause's (where fetch puts the network's reason). */
function reasonOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`.slice(0, 500);
}

/**
 * Delivers one message at most once per claim: claims it, makes the attempt, and records how it went:
 * SENT; PENDING again after a growing pause; FAILED after the last attempt, or after this one when it never
 * can succeed (`hopeless`). A message another sender holds, or that is not due, is left alone.
 */
export async function deliverOnce(
  db: Db,
  outbox: Outbox,
  message: OutboxMessage,
  { policy, sender, now, hopeless = false }: { policy: DeliveryPolicy; sender: string; now: Date; hopeless?: boolean },
  attempt: () => Promise<unknown>,
): Promise<DeliveryOutcome> {
  if (!(await claim(db, outbox, message, policy, sender, now))) return 'not-due';
  const key = { tenant: message.tenant, id: message.id };
  const attempts = message.attempts + 1;
  try {
    await attempt();
  } catch (error) {
    const failed = hopeless || attempts >= policy.maxAttempts;
    await db.entities[outbox]
      .patch(key)
      .set({
        status: failed ? 'FAILED' : 'PENDING',
        attempts,
        lastError: reasonOf(error),
        nextAttemptAt: new Date(now.getTime() + policy.backoffMs(attempts)).toISOString(),
      })
      .remove(['claimedBy', 'claimedUntil'])
      .where((attr, op) => op.eq(attr.claimedBy, sender))
      .go({ response: 'none' });
    return failed ? 'failed' : 'retrying';
  }
  await db.entities[outbox]
    .patch(key)
    .set({ status: 'SENT', attempts, sentAt: new Date().toISOString() })
    .remove(['claimedBy', 'claimedUntil', 'lastError'])
    .where((attr, op) => op.eq(attr.claimedBy, sender))
    .go({ response: 'none' });
  return 'sent';
}
