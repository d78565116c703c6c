import { randomUUID } from 'node:crypto';
import { activityVersion, type ActivityItem } from '../data/entities/activity.js';
import type { AssociationItem } from '../data/entities/association.js';
import { isPossibleId } from '../domain/identifiers.js';
import { conflict, forbidden, notFound, rateLimited } from '../domain/errors.js';
import { requireAssociationAccount, requireModerator } from '../auth/policies.js';
import { currentAssociation, requireDistricts, type RegisterContext } from './context.js';
import { decisionWrites } from './decisions.js';
import { staleDecision } from './stale-decision.js';
import { idempotencyPut, rateCountUpdate, replayOf, transact, type TransactItem } from './guards.js';
import { moderationReason, parseInput, submitActivityInput } from './validation.js';
import { searchContentChanged } from '../search/version.js';

type Status = ActivityItem['status'];

// mutations: the activity as it is now
async function currentActivity(context: RegisterContext, id: string): Promise<ActivityItem> {
  if (!isPossibleId(id))
    throw notFound({ sv: 'Det finns ingen aktivitet med detta id.', en: 'No activity with this id.' });
  const { data } = await context.db.entities.activity.get({ tenant: context.tenant, id }).go({ consistent: true });
  if (!data) throw notFound({ sv: 'Det finns ingen aktivitet med detta id.', en: 'No activity with this id.' });
  return data;
}

// submitActivity: the association the calling account registered
async function associationOfAccount(context: RegisterContext, accountId: string) {
  const { data } = await context.db.entities.association.query
    .byAccount({ tenant: context.tenant, accountId })
    .go({ limit: 1 });
  return data[0] ?? null;
}

/**
 * Submits an activity of the caller's APPROVED association; it lands as SUBMITTED. One transaction
 * writes it with its idempotency record, the account's hourly count and a check that the association
 * is still approved at that moment.
 */
export async function submitActivity(context: RegisterContext, rawInput: unknown): Promise<ActivityItem> {
  const accountId = requireAssociationAccount(context.viewer);
  const input = parseInput(submitActivityInput(context.now), rawInput, 'input');
  const { db, tenant, now } = context;
  const idempotency = { tenant, accountId, operation: 'submitActivity' as const, key: input.idempotencyKey };
  const replay = replayOf(db, idempotency, (id) => currentActivity(context, id));
  const replayed = await replay();
  if (replayed) return replayed;
  const association = await associationOfAccount(context, accountId);
  if (!association)
    throw forbidden({
      sv: 'Registrera din förening innan du skickar in aktiviteter.',
      en: 'Register your association before submitting activities.',
    });
  if (association.status !== 'APPROVED')
    throw forbidden({
      sv: `Endast en godkänd förening får skicka in aktiviteter; din har status ${association.status}.`,
      en: `Only an approved association may submit activities; yours is ${association.status}.`,
    });
  await requireDistricts(context, [input.district], 'input.district');

  const id = randomUUID();
  const timestamp = now.toISOString();
  const activity = {
    tenant,
    id,
    associationId: association.id,
    title: input.title,
    description: input.description ?? undefined,
    startsAt: new Date(input.startsAt).toISOString(),
    endsAt: new Date(input.endsAt).toISOString(),
    location: input.location ? { name: input.location.name, address: input.location.address ?? undefined } : undefined,
    district: input.district,
    targetGroups: input.targetGroups,
    languages: input.languages ?? [],
    registrationUrl: input.registrationUrl ?? undefined,
    status: 'SUBMITTED' as const,
    version: 1,
    createdAt: timestamp,
    updatedAt: timestamp,
  };
  const failed = await transact(db, [
    idempotencyPut(db, { ...idempotency, resultId: id }, now),
    {
      Put: db.entities.activity
        .put(activity)
        .where((attr, op) => op.notExists(attr.id))
        .params(),
    },
    approvedAssociationCheck(context, association.id, accountId),
    rateCountUpdate(db, tenant, accountId, now),
    ...decisionWrites(
      context,
      {
        associationId: association.id,
        action: 'ACTIVITY_SUBMITTED',
        toStatus: 'SUBMITTED',
        activityId: id,
        activityTitle: activity.title,
        version: activity.version,
      },
      association,
    ),
  ]);
  if (failed.length === 0) return currentActivity(context, id);
  if (failed.includes(0)) return (await replay())!;
  if (failed.includes(2))
    throw forbidden({
      sv: 'Din förening är inte längre godkänd; aktiviteter kan inte skickas in.',
      en: 'Your association is no longer approved; activities cannot be submitted.',
    });
  if (failed.includes(3))
    throw rateLimited({
      sv: 'För många registreringar och aktiviteter från detta konto den senaste timmen; försök igen senare.',
      en: 'Too many registrations and activities from this account in the last hour; try again later.',
    });
  throw new Error(`Unexpected failed condition(s) ${failed.join(', ')} while submitting an activity`);
}

/** A transaction's check that the association is APPROVED at that moment (and, for an owner's write, still the caller's). */
function approvedAssociationCheck(context: RegisterContext, associationId: string, accountId?: string): TransactItem {
  const { Key, TableName } = context.db.entities.association
    .get({ tenant: context.tenant, id: associationId })
    .params() as { Key: Record<string, unknown>; TableName: string };
  return {
    ConditionCheck: {
      TableName,
      Key,
      ConditionExpression: accountId ? '#status = :approved AND #accountId = :accountId' : '#status = :approved',
      ExpressionAttributeNames: { '#status': 'status', ...(accountId ? { '#accountId': 'accountId' } : {}) },
      ExpressionAttributeValues: { ':approved': 'APPROVED', ...(accountId ? { ':accountId': accountId } : {}) },
    },
  };
}

const actions = {
  PUBLISHED: 'ACTIVITY_PUBLISHED',
  REJECTED: 'ACTIVITY_REJECTED',
  CANCELLED: 'ACTIVITY_CANCELLED',
} as const;

/**
 * Moves an activity from one of `from` to `to` and raises its version, unless it changed since it was read
 * (the write is conditional on the version and the listing read: a suspension's withholding, which keeps
 * the version, also counts as a change), with the audit record in the same transaction. With
 * `whileApproved`, also only while the association is APPROVED at that moment (a publication never races a
 * suspension).
 */
async function move(
  context: RegisterContext,
  current: ActivityItem,
  association: AssociationItem,
  from: Status[],
  to: keyof typeof actions,
  note: string | undefined,
  options: { whileApproved?: boolean } = {},
): Promise<ActivityItem> {
  if (!from.includes(current.status))
    throw conflict({
      sv: `Aktiviteten har status ${current.status}; den kan inte bli ${to}.`,
      en: `The activity is ${current.status}; it cannot become ${to}.`,
    });
  const version = activityVersion(current);
  const next = {
    ...current,
    status: to,
    version: version + 1,
    moderationNote: note ?? current.moderationNote,
    publishedAt: to === 'PUBLISHED' ? (current.publishedAt ?? context.now.toISOString()) : current.publishedAt,
    updatedAt: context.now.toISOString(),
  };
  const failed = await transact(context.db, [
    {
      Put: context.db.entities.activity
        .put(next)
        // Items from before versions carry none: for them, version 1 is "no version yet and unchanged since read".
        .where((attr, op) => {
          const unchanged =
            current.version === undefined
              ? `${op.notExists(attr.version)} AND ${op.eq(attr.updatedAt, current.updatedAt)}`
              : op.eq(attr.version, current.version!);
          const listed =
            current.listing === undefined ? op.notExists(attr.listing) : op.eq(attr.listing, current.listing);
          return `${unchanged} AND ${listed}`;
        })
        .params(),
    },
    ...(options.whileApproved ? [approvedAssociationCheck(context, current.associationId)] : []),
    ...decisionWrites(
      context,
      {
        associationId: current.associationId,
        action: actions[to],
        fromStatus: current.status,
        toStatus: to,
        reason: note,
        activityId: current.id,
        activityTitle: current.title,
        version: next.version,
      },
      association,
    ),
  ]);
  if (failed.includes(0))
    throw conflict(
      {
        sv: 'Aktiviteten ändrades samtidigt; ladda om den och försök igen.',
        en: 'The activity was changed at the same time; reload it and try again.',
      },
      to === 'CANCELLED' ? undefined : 'expectedVersion',
    );
  if (options.whileApproved && failed.includes(1))
    throw conflict({
      sv: 'Föreningen är inte längre godkänd; dess aktiviteter kan inte publiceras.',
      en: 'The association is no longer approved; its activities cannot be published.',
    });
  if (failed.length) throw new Error(`Unexpected failed condition(s) ${failed.join(', ')} while moving an activity`);
  await searchContentChanged(context.db, context.tenant);
  return next;
}

// SUBMITTED or PUBLISHED → CANCELLED, by the association that runs it
export async function cancelActivity(context: RegisterContext, id: string): Promise<ActivityItem> {
  const accountId = requireAssociationAccount(context.viewer);
  const current = await currentActivity(context, id);
  const association = await currentAssociation(context, current.associationId);
  if (association.accountId !== accountId)
    throw forbidden({
      sv: 'Du får bara ställa in din egen förenings aktiviteter.',
      en: "You may cancel only your own association's activities.",
    });
  return move(context, current, association, ['SUBMITTED', 'PUBLISHED'], 'CANCELLED', undefined);
}

/** The activity a moderator decides on, provided it is still the version they saw; else the CONFLICT that says what changed since. */
async function activityAsSeen(context: RegisterContext, id: string, expectedVersion: number): Promise<ActivityItem> {
  requireModerator(context.viewer);
  const current = await currentActivity(context, id);
  const version = activityVersion(current);
  if (version !== expectedVersion) {
    throw await staleDecision(context, {
      kind: 'activity',
      associationId: current.associationId,
      activityId: id,
      seen: expectedVersion,
      current: version,
    });
  }
  return current;
}

// SUBMITTED → PUBLISHED, as seen, by a moderator, while the association is approved
export async function publishActivity(
  context: RegisterContext,
  id: string,
  expectedVersion: number,
): Promise<ActivityItem> {
  const current = await activityAsSeen(context, id, expectedVersion);
  const association = await currentAssociation(context, current.associationId);
  if (association.status !== 'APPROVED')
    throw conflict({
      sv: `Föreningen har status ${association.status}; dess aktiviteter kan inte publiceras.`,
      en: `The association is ${association.status}; its activities cannot be published.`,
    });
  return move(context, current, association, ['SUBMITTED'], 'PUBLISHED', undefined, { whileApproved: true });
}

// SUBMITTED → REJECTED, as seen, by a moderator, with the reason shown to the owner
export async function rejectActivity(
  context: RegisterContext,
  id: string,
  expectedVersion: number,
  reason: string,
): Promise<ActivityItem> {
  requireModerator(context.viewer);
  const note = parseInput(moderationReason, reason, 'reason');
  const current = await activityAsSeen(context, id, expectedVersion);
  return move(
    context,
    current,
    await currentAssociation(context, current.associationId),
    ['SUBMITTED'],
    'REJECTED',
    note,
  );
}
