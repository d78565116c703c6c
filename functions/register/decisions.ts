import { randomUUID } from 'node:crypto';
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { RegisterDecisionItem } from '../data/entities/register-decision.js';
import type { RegisterContext } from './context.js';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** What happened, about which association (and activity): the caller and the time come from the context. */
export type Decision = Pick<RegisterDecisionItem, 'associationId' | 'action' | 'toStatus'> &
  Partial<Pick<RegisterDecisionItem, 'fromStatus' | 'reason' | 'activityId' | 'activityTitle'>>;

/**
 * The audit record of a decision or change, as one more item of the change's own transaction: both are
 * written or neither. The put never overwrites (a new id each time, and a condition that it is new).
 */
export function decisionRecord(context: RegisterContext, decision: Decision): TransactItem {
  const { viewer } = context;
  if (!viewer.subject || (viewer.role !== 'MODERATOR' && viewer.role !== 'ASSOCIATION')) {
    throw new Error(`A register change needs a moderator or an association account as its author (was ${viewer.role})`);
  }
  const record = { ...decision, tenant: context.tenant, id: randomUUID(), at: context.now.toISOString(), actorSubject: viewer.subject, actorRole: viewer.role };
  return {
    Put: context.db.entities.registerDecision
      .put(record)
      .where((attr, op) => op.notExists(attr.id))
      .params(),
  } as TransactItem;
}
