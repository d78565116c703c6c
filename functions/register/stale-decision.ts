import type { RegisterDecisionItem } from '../data/entities/register-decision.js';
import { conflict, type DomainError } from '../domain/errors.js';
import type { RegisterContext } from './context.js';

/** What each recorded change did, as a moderator who saw the version before it is told. */
const changeWords: Record<RegisterDecisionItem['action'], string> = {
  ASSOCIATION_REGISTERED: 'it was registered',
  ASSOCIATION_UPDATED: 'its owner changed it',
  ASSOCIATION_APPROVED: 'a moderator approved it',
  ASSOCIATION_REJECTED: 'a moderator rejected it',
  ASSOCIATION_SUSPENDED: 'a moderator suspended it',
  ASSOCIATION_CHANGE_APPROVED: "a moderator approved its owner's change",
  ASSOCIATION_CHANGE_REJECTED: "a moderator rejected its owner's change",
  ACTIVITY_SUBMITTED: 'it was submitted',
  ACTIVITY_PUBLISHED: 'a moderator published it',
  ACTIVITY_REJECTED: 'a moderator rejected it',
  ACTIVITY_CANCELLED: 'its association cancelled it',
};

export interface StaleSubject {
  kind: 'association' | 'activity';
  associationId: string;
  /** For an activity: its id (its changes are recorded in its association's history). */
  activityId?: string;
  /** The version the moderator saw and decided on. */
  seen: number;
  /** The version that is current now. */
  current: number;
}

/**
 * The refusal of a decision on a version that is no longer current: a CONFLICT on `expectedVersion` that says
 * what changed since the moderator looked (from the register's history: who did what, when) and that nothing
 * was decided.
 */
export async function staleDecision(context: RegisterContext, subject: StaleSubject): Promise<DomainError> {
  // association.history: the newest records of the association, enough to cover the versions since
  const { data } = await context.db.entities.registerDecision.query
    .byAssociation({ tenant: context.tenant, associationId: subject.associationId })
    .go({ order: 'desc', limit: Math.min(50, 10 + Math.max(0, subject.current - subject.seen) * 2) });
  const since = data
    .filter((record) => (subject.kind === 'activity' ? record.activityId === subject.activityId : !record.activityId))
    .filter((record) => record.version !== undefined && record.version > subject.seen)
    .reverse()
    .map((record) => `${changeWords[record.action]} at ${record.at}`);
  const what = since.length ? ` (${since.join('; ')})` : '';
  const direction = subject.current > subject.seen ? 'changed after you saw it' : 'is not at the version you name';
  return conflict(
    `The ${subject.kind} ${direction}: you saw version ${subject.seen}, it is now version ${subject.current}${what}. Nothing was decided; reload it and decide on what is there now.`,
    'expectedVersion',
  );
}
