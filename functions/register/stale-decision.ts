import type { RegisterDecisionItem } from '../data/entities/register-decision.js';
import { conflict, type DomainError } from '../domain/errors.js';
import type { Said } from '../domain/said.js';
import type { RegisterContext } from './context.js';

/** What each recorded change did, as a moderator who saw the version before it is told. */
const changeWords: Record<RegisterDecisionItem['action'], Said> = {
  ASSOCIATION_REGISTERED: { sv: 'den registrerades', en: 'it was registered' },
  ASSOCIATION_UPDATED: { sv: 'ägaren ändrade den', en: 'its owner changed it' },
  ASSOCIATION_APPROVED: { sv: 'en moderator godkände den', en: 'a moderator approved it' },
  ASSOCIATION_REJECTED: { sv: 'en moderator avslog den', en: 'a moderator rejected it' },
  ASSOCIATION_SUSPENDED: { sv: 'en moderator stängde av den', en: 'a moderator suspended it' },
  ASSOCIATION_CHANGE_APPROVED: {
    sv: 'en moderator godkände ägarens ändring',
    en: "a moderator approved its owner's change",
  },
  ASSOCIATION_CHANGE_REJECTED: {
    sv: 'en moderator avslog ägarens ändring',
    en: "a moderator rejected its owner's change",
  },
  ACTIVITY_SUBMITTED: { sv: 'den skickades in', en: 'it was submitted' },
  ACTIVITY_PUBLISHED: { sv: 'en moderator publicerade den', en: 'a moderator published it' },
  ACTIVITY_REJECTED: { sv: 'en moderator avslog den', en: 'a moderator rejected it' },
  ACTIVITY_CANCELLED: { sv: 'föreningen ställde in den', en: 'its association cancelled it' },
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
    .reverse();
  const what = (language: keyof Said, at: string) =>
    since.length
      ? ` (${since.map((record) => `${changeWords[record.action][language]} ${at} ${record.at}`).join('; ')})`
      : '';
  const kind = { sv: subject.kind === 'association' ? 'Föreningen' : 'Aktiviteten', en: `The ${subject.kind}` };
  const changed = subject.current > subject.seen;
  return conflict(
    {
      sv: `${kind.sv} ${changed ? 'har ändrats sedan du såg den' : 'är inte i den version du anger'}: du såg version ${subject.seen}, nu är den version ${subject.current}${what('sv', 'den')}. Inget beslut fattades; ladda om och besluta om det som gäller nu.`,
      en: `${kind.en} ${changed ? 'changed after you saw it' : 'is not at the version you name'}: you saw version ${subject.seen}, it is now version ${subject.current}${what('en', 'at')}. Nothing was decided; reload it and decide on what is there now.`,
    },
    'expectedVersion',
  );
}
