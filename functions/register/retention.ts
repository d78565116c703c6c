import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Db } from '../data/db.js';
import { associationStatuses, type AssociationItem } from '../data/entities/association.js';
import type { NotificationItem } from '../data/entities/notification.js';
import type { RegisterDecisionItem } from '../data/entities/register-decision.js';
import { NOTIFICATION_KEEP_DAYS } from './decisions.js';
import { transact, type TransactItem } from './guards.js';

/**
 * The register's personal data is kept no longer than it serves (issue 27). Where it lives and for how long:
 * - a REJECTED association (its contact person, texts, guards, mail) is deleted `rejectedMonths` (default 6)
 *   after its last change, the rejection or the owner's change after it: time to ask about the rejection;
 * - the audit trail keeps what was done and when for good, but its reasons, activity titles and actors'
 *   subjects (a CMS editor's e-mail) are redacted `redactionMonths` (default 24) after each record;
 * - the outbox's e-mail leaves by DynamoDB TTL 30 days after it was written (decisions.ts); the job deletes
 *   older SENT and FAILED ones too (written with a year's TTL before that, and DynamoDB Local has no TTL);
 * - an association account's data is erased on request (`npm run association:erase`, eraseAssociation).
 * Activities leave by TTL two years after they end (entities/activity.ts); idempotency records and rate
 * counters within a day.
 */
export const DEFAULT_REJECTED_RETENTION_MONTHS = 6;
export const DEFAULT_REDACTION_MONTHS = 24;

export interface RegisterRetentionSettings {
  rejectedMonths: number;
  redactionMonths: number;
}

export interface RetentionContext {
  db: Db;
  tenant: string;
  now: Date;
}

/** What the redaction of an audit record leaves as the actor's subject. */
export const REDACTED = 'redacted';

const monthsBefore = (now: Date, months: number) => {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff.toISOString();
};

/** Runs a conditional single-item write; false when its condition failed (someone else got there first). */
async function unlessChanged(write: Promise<unknown>): Promise<boolean> {
  try {
    await write;
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

// retention and erasure: one association's audit records, oldest first, up to `before` if given (one Query per page)
async function decisionRecordsOf(
  context: RetentionContext,
  associationId: string,
  before?: string,
): Promise<RegisterDecisionItem[]> {
  const query = context.db.entities.registerDecision.query.byAssociation({ tenant: context.tenant, associationId });
  const { data } = await (before ? query.lt({ at: before }) : query).go({ pages: 'all' });
  return data;
}

// retention and erasure: one audit record's reason, activity title and actor's subject removed, unless already (conditional update)
async function redact(context: RetentionContext, records: RegisterDecisionItem[]): Promise<number> {
  let count = 0;
  for (const record of records) {
    if (record.redactedAt) continue;
    const redacted = context.db.entities.registerDecision
      .patch({ tenant: record.tenant, associationId: record.associationId, at: record.at, id: record.id })
      .set({ actorSubject: REDACTED, redactedAt: context.now.toISOString() })
      .remove(['reason', 'activityTitle'])
      .where((attr, op) => op.notExists(attr.redactedAt))
      .go({ response: 'none', originalErr: true });
    if (await unlessChanged(redacted)) count++;
  }
  return count;
}

// erasure and deletion: the e-mail written with each of an association's decisions (its id is the decision's; a missing one is no error)
async function deleteMail(context: RetentionContext, records: RegisterDecisionItem[]): Promise<number> {
  let count = 0;
  for (const record of records) {
    const { data } = await context.db.entities.notification
      .delete({ tenant: context.tenant, id: record.id })
      .go({ response: 'all_old' });
    if (data) count++;
  }
  return count;
}

// deletion: every activity of one association (one Query per page on its activities index), deleted one by one
async function deleteActivities(context: RetentionContext, associationId: string): Promise<number> {
  const { activity } = context.db.entities;
  const { data } = await activity.query.byAssociation({ tenant: context.tenant, associationId }).go({ pages: 'all' });
  for (const item of data) await activity.delete({ tenant: context.tenant, id: item.id }).go({ response: 'none' });
  return data.length;
}

/** The association and its uniqueness guards, deleted in one transaction on condition that it did not change since read and that each guard is its own. */
function associationDeletes(context: RetentionContext, association: AssociationItem): TransactItem[] {
  const { uniqueValue } = context.db.entities;
  const guard = (kind: 'account' | 'organisationNumber', value: string) =>
    ({
      Delete: uniqueValue
        .delete({ tenant: context.tenant, kind, value })
        // A missing guard (an item from before guards) is nothing to delete; another association's is not ours.
        .where((attr, op) => `${op.notExists(attr.associationId)} OR ${op.eq(attr.associationId, association.id)}`)
        .params(),
    }) as TransactItem;
  return [
    {
      Delete: context.db.entities.association
        .delete({ tenant: context.tenant, id: association.id })
        .where((attr, op) => op.eq(attr.version, association.version))
        .params(),
    } as TransactItem,
    guard('account', association.accountId),
    guard('organisationNumber', association.organisationNumber),
  ];
}

export interface Removed {
  activities: number;
  mail: number;
  redacted: number;
}

/**
 * Deletes an association that is not public: its activities, its mail, its audit records' personal parts,
 * then the association with its guards (its account and organisation number may register again). The
 * association goes last, so that a run stopped half-way finds it again and finishes.
 */
async function removeAssociation(context: RetentionContext, association: AssociationItem): Promise<Removed> {
  const records = await decisionRecordsOf(context, association.id);
  const removed = {
    activities: await deleteActivities(context, association.id),
    mail: await deleteMail(context, records),
    redacted: await redact(context, records),
  };
  const failed = await transact(context.db, associationDeletes(context, association));
  if (failed.includes(0)) throw new Error(`Association ${association.id} changed while it was deleted; run again.`);
  if (failed.length)
    throw new Error(
      `Association ${association.id}: a guard names another association (conditions ${failed.join(', ')}); nothing deleted.`,
    );
  return removed;
}

// retention job: REJECTED associations last changed before the cutoff (one Query per page on the status index)
async function rejectedBefore(context: RetentionContext, cutoff: string): Promise<AssociationItem[]> {
  const { data } = await context.db.entities.association.query
    .byStatus({ tenant: context.tenant, status: 'REJECTED' })
    .where((attr, op) => op.lt(attr.updatedAt, cutoff))
    .go({ pages: 'all' });
  return data;
}

// retention job: every association, whatever its status (one Query per status and page); a register of hundreds
async function everyAssociation(context: RetentionContext): Promise<AssociationItem[]> {
  const lists = await Promise.all(
    associationStatuses.map((status) =>
      context.db.entities.association.query.byStatus({ tenant: context.tenant, status }).go({ pages: 'all' }),
    ),
  );
  return lists.flatMap((list) => list.data);
}

// retention job: SENT and FAILED mail last attempted before the cutoff (one Query per status and page on the outbox's status index)
async function deleteOldMail(context: RetentionContext, cutoff: string): Promise<number> {
  const { notification } = context.db.entities;
  let count = 0;
  const finished: NotificationItem['status'][] = ['SENT', 'FAILED'];
  for (const status of finished) {
    const { data } = await notification.query
      .byStatus({ tenant: context.tenant, status })
      .lt({ nextAttemptAt: cutoff })
      .go({ pages: 'all' });
    for (const message of data) {
      // Only while it is still in that state (a resend would have moved it).
      const deleted = notification
        .delete({ tenant: context.tenant, id: message.id })
        .where((attr, op) => op.eq(attr.status, status))
        .go({ response: 'none', originalErr: true });
      if (await unlessChanged(deleted)) count++;
    }
  }
  return count;
}

/** The daily job's part for the register (called by functions/training/retention-handler.ts). */
export async function applyRegisterRetention(context: RetentionContext, settings: RegisterRetentionSettings) {
  const deleted: Removed & { associations: number } = { associations: 0, activities: 0, mail: 0, redacted: 0 };
  for (const association of await rejectedBefore(context, monthsBefore(context.now, settings.rejectedMonths))) {
    const removed = await removeAssociation(context, association);
    deleted.associations++;
    deleted.activities += removed.activities;
    deleted.mail += removed.mail;
    deleted.redacted += removed.redacted;
  }
  const redactBefore = monthsBefore(context.now, settings.redactionMonths);
  let redacted = 0;
  for (const association of await everyAssociation(context))
    redacted += await redact(context, await decisionRecordsOf(context, association.id, redactBefore));
  const mail = await deleteOldMail(
    context,
    new Date(context.now.getTime() - NOTIFICATION_KEEP_DAYS * 24 * 60 * 60 * 1000).toISOString(),
  );
  return { rejectedDeleted: deleted, recordsRedacted: redacted, mailDeleted: mail };
}

// erasure: the association an account registered (one Query on the account index), or one by id (one GetItem)
async function associationToErase(
  context: RetentionContext,
  which: { accountId: string } | { id: string },
): Promise<AssociationItem | null> {
  const { association } = context.db.entities;
  if ('id' in which)
    return (await association.get({ tenant: context.tenant, id: which.id }).go({ consistent: true })).data;
  const { data } = await association.query
    .byAccount({ tenant: context.tenant, accountId: which.accountId })
    .go({ limit: 1 });
  return data[0]
    ? (await association.get({ tenant: context.tenant, id: data[0].id }).go({ consistent: true })).data
    : null;
}

export type Erased =
  { found: false } | ({ found: true; id: string; status: AssociationItem['status']; deleted: boolean } & Removed);

/**
 * Erases an association account's personal data on request (GDPR art. 17). An association that is not
 * APPROVED is deleted as the retention deletes a rejected one: nothing of it is public. An APPROVED one
 * keeps what the public sees (an association's public data, published by its choice) and its account (the
 * association's way in, to name a new contact person), and loses its contact person and the moderator's
 * note; its mail is deleted and its audit records redacted as after the retention time.
 */
export async function eraseAssociation(
  context: RetentionContext,
  which: { accountId: string } | { id: string },
): Promise<Erased> {
  const association = await associationToErase(context, which);
  if (!association) return { found: false };
  if (association.status !== 'APPROVED')
    return {
      found: true,
      id: association.id,
      status: association.status,
      deleted: true,
      ...(await removeAssociation(context, association)),
    };
  const records = await decisionRecordsOf(context, association.id);
  const mail = await deleteMail(context, records);
  const redacted = await redact(context, records);
  const { contactPerson: _contactPerson, moderationNote: _moderationNote, ...kept } = association;
  // A new version: a moderator deciding on the version before decides on what they saw, which had a contact person.
  const erased = { ...kept, version: association.version + 1, updatedAt: context.now.toISOString() };
  const written = context.db.entities.association
    .put(erased)
    .where((attr, op) => op.eq(attr.version, association.version))
    .go({ response: 'none', originalErr: true });
  if (!(await unlessChanged(written)))
    throw new Error(`Association ${association.id} changed while it was erased; run again.`);
  return { found: true, id: association.id, status: association.status, deleted: false, activities: 0, mail, redacted };
}
