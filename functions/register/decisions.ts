import { randomUUID } from 'node:crypto';
import { changeItem, decisionChange } from '../webhooks/changes.js';
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AssociationItem } from '../data/entities/association.js';
import type { RegisterDecisionItem } from '../data/entities/register-decision.js';
import type { RegisterContext } from './context.js';
import { noticeOf } from './notices.js';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** What happened, about which association (and activity): the caller and the time come from the context. */
export type Decision = Pick<RegisterDecisionItem, 'associationId' | 'action' | 'toStatus'> &
  Partial<Pick<RegisterDecisionItem, 'fromStatus' | 'reason' | 'activityId' | 'activityTitle' | 'version'>>;

/** Sent messages are kept a year (DynamoDB TTL); the decision's audit record is kept for good. */
const NOTIFICATION_KEEP_SECONDS = 365 * 24 * 60 * 60;

/**
 * What a decision or change writes beside the change itself, in the same transaction: its audit record,
 * and for a moderator's decision the e-mail to the association's contact person (the outbox; sent by
 * functions/notifications/). Both puts never overwrite (a new id each time, and a condition that it is new).
 */
export function decisionWrites(context: RegisterContext, decision: Decision, association: AssociationItem): TransactItem[] {
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
  const notice = viewer.role === 'MODERATOR' ? noticeOf(record, association) : null;
  if (notice) {
    const message = {
      tenant,
      id: record.id,
      associationId: association.id,
      to: association.contactPerson.email,
      ...notice,
      status: 'PENDING' as const,
      attempts: 0,
      nextAttemptAt: at,
      createdAt: at,
      expiresAt: Math.floor(now.getTime() / 1000) + NOTIFICATION_KEEP_SECONDS,
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
