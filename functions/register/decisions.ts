import { randomUUID } from 'node:crypto';
import { changeItem, decisionChange } from '../webhooks/changes.js';
import type { TransactItem } from '../data/transactions.js';
import type { AssociationItem } from '../data/entities/association.js';
import type { RegisterDecisionItem } from '../data/entities/register-decision.js';
import type { RegisterContext } from './context.js';
import { noticeOf } from './notices.js';
import { DEFAULT_TENANT_NAME } from '../defaults.js';

/** What happened, about which association (and activity): the caller and the time come from the context. */
export type Decision = Pick<RegisterDecisionItem, 'associationId' | 'action' | 'toStatus'> &
  Partial<Pick<RegisterDecisionItem, 'fromStatus' | 'reason' | 'activityId' | 'activityTitle' | 'version'>>;

/**
 * A message leaves the table 30 days after it was written (DynamoDB TTL): it is sent or FAILED within
 * half an hour, and a month is time enough to answer "did we tell them?"; it carries the contact person's
 * address and name and the reason. The decision's audit record stays, redacted after the retention time
 * (retention.ts).
 */
export const NOTIFICATION_KEEP_DAYS = 30;

/**
 * What a decision or change writes beside the change itself, in the same transaction: its audit record,
 * and for a moderator's decision the e-mail to the association's contact person (the outbox; sent by
 * functions/notifications/). Both puts never overwrite (a new id each time, and a condition that it is new).
 */
export function decisionWrites(
  context: RegisterContext,
  decision: Decision,
  association: AssociationItem,
): TransactItem[] {
  const { viewer, db, tenant, now } = context;
  if (!viewer.subject || (viewer.role !== 'MODERATOR' && viewer.role !== 'ASSOCIATION')) {
    throw new Error(`A register change needs a moderator or an association account as its author (was ${viewer.role})`);
  }
  const at = now.toISOString();
  const record = { ...decision, tenant, id: randomUUID(), at, actorSubject: viewer.subject, actorRole: viewer.role };
  const writes: TransactItem[] = [
    {
      Put: db.entities.registerDecision
        .put(record)
        .where((attr, op) => op.notExists(attr.id))
        .params(),
    } as TransactItem,
  ];
  // An association whose contact person was erased is told nothing until its owner gives a new one.
  const contact = association.contactPerson;
  const notice =
    viewer.role === 'MODERATOR' && contact
      ? noticeOf(record, association.name, contact.name, context.municipalityName ?? DEFAULT_TENANT_NAME)
      : null;
  if (notice && contact) {
    const message = {
      tenant,
      id: record.id,
      associationId: association.id,
      to: contact.email,
      ...notice,
      status: 'PENDING' as const,
      attempts: 0,
      nextAttemptAt: at,
      createdAt: at,
      expiresAt: Math.floor(now.getTime() / 1000) + NOTIFICATION_KEEP_DAYS * 24 * 60 * 60,
    };
    writes.push({
      Put: db.entities.notification
        .put(message)
        .where((attr, op) => op.notExists(attr.id))
        .params(),
    } as TransactItem);
  }
  // The frontends' webhooks (functions/webhooks/): every decision may change what the public sees.
  writes.push({
    Put: db.entities.webhookChange
      .put(changeItem(tenant, decisionChange(decision), now))
      .where((attr, op) => op.notExists(attr.id))
      .params(),
  } as TransactItem);
  return writes;
}
