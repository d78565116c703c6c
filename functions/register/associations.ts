import { randomUUID } from 'node:crypto';
import type { Db } from '../data/db.js';
import type { AssociationItem } from '../data/entities/association.js';
import { joinSortKey, swedishSortText } from '../domain/sort-key.js';
import { conflict, forbidden, rateLimited } from '../domain/errors.js';
import { requireAssociationAccount, requireModerator } from '../auth/policies.js';
import { currentAssociation, requireDistricts, type RegisterContext } from './context.js';
import { relistActivities } from './activity-listing.js';
import { searchContentChanged } from '../search/version.js';
import { decisionWrites, type Decision } from './decisions.js';
import { staleDecision } from './stale-decision.js';
import { idempotencyPut, rateCountUpdate, replayOf, transact, type TransactPut } from './guards.js';
import { moderationReason, parseInput, registerAssociationInput, updateAssociationInput } from './validation.js';

type Status = AssociationItem['status'];

const listOrderOf = (name: string, id: string) => joinSortKey(swedishSortText(name), id);

/**
 * A new association with the guards of its uniqueness (its account and its organisation number may each
 * be registered once per tenant), as three conditional writes for one transaction.
 */
export function associationWrites(db: Db, association: AssociationItem) {
  const unique = (kind: 'account' | 'organisationNumber', value: string) => ({
    Put: db.entities.uniqueValue
      .put({ tenant: association.tenant, kind, value, associationId: association.id })
      .where((attr, op) => op.notExists(attr.associationId))
      .params<TransactPut>(),
  });
  return [
    unique('account', association.accountId),
    unique('organisationNumber', association.organisationNumber),
    {
      Put: db.entities.association
        .put(association)
        .where((attr, op) => op.notExists(attr.id))
        .params<TransactPut>(),
    },
  ];
}

/**
 * Registers the caller's association as PENDING. One transaction writes the association with its
 * guards: the idempotency record, the account's and the organisation number's uniqueness, and the
 * account's hourly count. A retry with the same key returns the first result.
 */
export async function registerAssociation(context: RegisterContext, rawInput: unknown): Promise<AssociationItem> {
  const accountId = requireAssociationAccount(context.viewer);
  const input = parseInput(registerAssociationInput, rawInput, 'input');
  const { db, tenant, now } = context;
  const idempotency = { tenant, accountId, operation: 'registerAssociation' as const, key: input.idempotencyKey };
  const replay = replayOf(db, idempotency, (id) => currentAssociation(context, id));
  const replayed = await replay();
  if (replayed) return replayed;
  await requireDistricts(context, input.districts, 'input.districts');

  const id = randomUUID();
  const timestamp = now.toISOString();
  const association = {
    tenant,
    id,
    accountId,
    name: input.name,
    organisationNumber: input.organisationNumber,
    description: input.description ?? undefined,
    website: input.website ?? undefined,
    email: input.email ?? undefined,
    districts: input.districts,
    status: 'PENDING' as const,
    version: 1,
    contactPerson: {
      name: input.contactPerson.name,
      email: input.contactPerson.email,
      phone: input.contactPerson.phone ?? undefined,
    },
    listOrder: listOrderOf(input.name, id),
    createdAt: timestamp,
    updatedAt: timestamp,
  };
  const failed = await transact(db, [
    idempotencyPut(db, { ...idempotency, resultId: id }, now),
    ...associationWrites(db, association),
    rateCountUpdate(db, tenant, accountId, now),
    ...decisionWrites(
      context,
      { associationId: id, action: 'ASSOCIATION_REGISTERED', toStatus: 'PENDING', version: association.version },
      association,
    ),
  ]);
  if (failed.length === 0) return currentAssociation(context, id);
  if (failed.includes(0)) return (await replay())!;
  if (failed.includes(1))
    throw conflict({
      sv: 'Detta konto har redan registrerat en förening.',
      en: 'This account has already registered an association.',
    });
  if (failed.includes(2))
    throw conflict(
      {
        sv: 'En förening med detta organisationsnummer är redan registrerad.',
        en: 'An association with this organisation number is already registered.',
      },
      'input.organisationNumber',
    );
  if (failed.includes(4))
    throw rateLimited({
      sv: 'För många registreringar och aktiviteter från detta konto den senaste timmen; försök igen senare.',
      en: 'Too many registrations and activities from this account in the last hour; try again later.',
    });
  throw new Error(`Unexpected failed condition(s) ${failed.join(', ')} while registering`);
}

/**
 * Replaces the association with `next` unless someone changed it since `current` was read, in one
 * transaction with the audit record of what was done.
 */
async function writeIfUnchanged(
  context: RegisterContext,
  current: AssociationItem,
  next: AssociationItem,
  decision: Omit<Decision, 'associationId' | 'version'>,
): Promise<AssociationItem> {
  const failed = await transact(context.db, [
    {
      Put: context.db.entities.association
        .put(next)
        .where((attr, op) => op.eq(attr.version, current.version))
        .params<TransactPut>(),
    },
    ...decisionWrites(context, { ...decision, associationId: current.id, version: next.version }, current),
  ]);
  if (failed.includes(0))
    throw conflict(
      {
        sv: 'Föreningen ändrades samtidigt; ladda om den och försök igen.',
        en: 'The association was changed at the same time; reload it and try again.',
      },
      'expectedVersion',
    );
  if (failed.length)
    throw new Error(`Unexpected failed condition(s) ${failed.join(', ')} while changing an association`);
  await searchContentChanged(context.db, context.tenant);
  return next;
}

type PublicFields = Pick<AssociationItem, 'name' | 'description' | 'website' | 'email'> & { districts: string[] };

/** What the public sees of an association, as stored. */
const publicFieldsOf = (association: AssociationItem): PublicFields => ({
  name: association.name,
  description: association.description,
  website: association.website,
  email: association.email,
  districts: association.districts ?? [],
});

const samePublicFields = (a: PublicFields, b: PublicFields) =>
  a.name === b.name &&
  a.description === b.description &&
  a.website === b.website &&
  a.email === b.email &&
  a.districts.join('\n') === b.districts.join('\n');

/** The association as its owner last wrote it: a change waiting for a moderator laid over what the public sees. */
export function latestVersion(association: AssociationItem): AssociationItem {
  if (!association.pendingChange) return association;
  const { submittedAt: _submittedAt, ...proposal } = association.pendingChange;
  return {
    ...association,
    description: undefined,
    website: undefined,
    email: undefined,
    ...proposal,
    districts: proposal.districts ?? [],
  };
}

/**
 * Changes the caller's own association; a stale `expectedVersion` is a CONFLICT and changes nothing. An
 * APPROVED association's changes to what the public sees wait as `pendingChange` for a moderator; the
 * contact person, which the public never sees, changes at once.
 */
export async function updateAssociation(
  context: RegisterContext,
  id: string,
  expectedVersion: number,
  rawInput: unknown,
): Promise<AssociationItem> {
  const accountId = requireAssociationAccount(context.viewer);
  const input = parseInput(updateAssociationInput, rawInput, 'input');
  const current = await currentAssociation(context, id);
  if (current.accountId !== accountId)
    throw forbidden({ sv: 'Du får bara ändra din egen förening.', en: 'You may change only your own association.' });
  if (current.version !== expectedVersion)
    throw conflict(
      {
        sv: `Föreningen har ändrats sedan du läste den (den är nu version ${current.version}); ladda om den och försök igen.`,
        en: `The association has changed since you read it (it is at version ${current.version}); reload it and try again.`,
      },
      'expectedVersion',
    );
  if (input.districts) await requireDistricts(context, input.districts, 'input.districts');
  const latest = latestVersion(current);
  // An omitted field stays as it is; null clears an optional one.
  const optional = (value: string | null | undefined, existing: string | undefined) =>
    value === undefined ? existing : (value ?? undefined);
  const proposal: PublicFields = {
    name: input.name ?? latest.name,
    description: optional(input.description, latest.description),
    email: optional(input.email, latest.email),
    website: optional(input.website, latest.website),
    districts: input.districts ?? latest.districts ?? [],
  };
  const timestamp = context.now.toISOString();
  const updated = { action: 'ASSOCIATION_UPDATED', fromStatus: current.status, toStatus: current.status } as const;
  const changed = {
    ...current,
    contactPerson: input.contactPerson
      ? {
          name: input.contactPerson.name,
          email: input.contactPerson.email,
          phone: input.contactPerson.phone ?? undefined,
        }
      : current.contactPerson,
    version: current.version + 1,
    updatedAt: timestamp,
  };
  if (current.status === 'APPROVED') {
    const waiting = !samePublicFields(proposal, publicFieldsOf(current));
    return writeIfUnchanged(
      context,
      current,
      { ...changed, pendingChange: waiting ? { ...proposal, submittedAt: timestamp } : undefined },
      updated,
    );
  }
  // Not public (pending, rejected, suspended): the next approval reviews the association as it is.
  return writeIfUnchanged(
    context,
    current,
    { ...changed, ...proposal, pendingChange: undefined, listOrder: listOrderOf(proposal.name, current.id) },
    updated,
  );
}

/** The association with its waiting change made public (an approval reviews the association as its owner wrote it). */
function withChangeApplied(association: AssociationItem): AssociationItem {
  const applied = latestVersion(association);
  return { ...applied, pendingChange: undefined, listOrder: listOrderOf(applied.name, applied.id) };
}

/**
 * The association a moderator decides on, as it is now, provided it is still the version they saw; else the
 * CONFLICT that says what changed since. The decision's write is conditional on that same version.
 */
async function associationAsSeen(
  context: RegisterContext,
  id: string,
  expectedVersion: number,
): Promise<AssociationItem> {
  requireModerator(context.viewer);
  const current = await currentAssociation(context, id);
  if (current.version !== expectedVersion)
    throw await staleDecision(context, {
      kind: 'association',
      associationId: id,
      seen: expectedVersion,
      current: current.version,
    });
  return current;
}

/** A moderator's decision on the version they saw: from one of `from` to `to`, with an optional note the owner sees. */
async function decide(
  context: RegisterContext,
  id: string,
  expectedVersion: number,
  from: Status[],
  to: Status,
  note: string | undefined,
): Promise<AssociationItem> {
  const current = await associationAsSeen(context, id, expectedVersion);
  if (!from.includes(current.status))
    throw conflict({
      sv: `Föreningen har status ${current.status}; den kan inte bli ${to}.`,
      en: `The association is ${current.status}; it cannot become ${to}.`,
    });
  const decided = to === 'APPROVED' ? withChangeApplied(current) : current;
  const action = (
    { APPROVED: 'ASSOCIATION_APPROVED', REJECTED: 'ASSOCIATION_REJECTED', SUSPENDED: 'ASSOCIATION_SUSPENDED' } as const
  )[to as 'APPROVED' | 'REJECTED' | 'SUSPENDED'];
  const next = await writeIfUnchanged(
    context,
    current,
    {
      ...decided,
      status: to,
      moderationNote: note,
      // The first approval is the one the prevention report counts; a suspended association's return is not a new one.
      approvedAt: to === 'APPROVED' && current.status === 'PENDING' ? context.now.toISOString() : current.approvedAt,
      version: current.version + 1,
      updatedAt: context.now.toISOString(),
    },
    { action, fromStatus: current.status, toStatus: to, reason: note },
  );
  if (to === 'SUSPENDED') await relistActivities(context, id, 'WITHHELD');
  if (current.status === 'SUSPENDED' && to === 'APPROVED') await relistActivities(context, id, 'PUBLISHED');
  return next;
}

// PENDING or SUSPENDED → APPROVED, as seen (a suspended association's activities return to the calendar)
export const approveAssociation = (context: RegisterContext, id: string, expectedVersion: number) =>
  decide(context, id, expectedVersion, ['PENDING', 'SUSPENDED'], 'APPROVED', undefined);

// PENDING → REJECTED, as seen, with the reason shown to the owner
export const rejectAssociation = (context: RegisterContext, id: string, expectedVersion: number, reason: string) =>
  decide(context, id, expectedVersion, ['PENDING'], 'REJECTED', parseInput(moderationReason, reason, 'reason'));

// APPROVED → SUSPENDED, as seen, with the reason shown to the owner; its public activities are withheld
export const suspendAssociation = (context: RegisterContext, id: string, expectedVersion: number, reason: string) =>
  decide(context, id, expectedVersion, ['APPROVED'], 'SUSPENDED', parseInput(moderationReason, reason, 'reason'));

/** A moderator's decision on an APPROVED association's waiting change, as they saw it. */
async function decideChange(
  context: RegisterContext,
  id: string,
  expectedVersion: number,
  approve: boolean,
  note: string | undefined,
): Promise<AssociationItem> {
  const current = await associationAsSeen(context, id, expectedVersion);
  if (current.status !== 'APPROVED' || !current.pendingChange)
    throw conflict({
      sv: 'Ingen ändring av denna förening väntar på en moderator.',
      en: 'No change of this association waits for a moderator.',
    });
  const decided = approve ? withChangeApplied(current) : { ...current, pendingChange: undefined };
  return writeIfUnchanged(
    context,
    current,
    { ...decided, moderationNote: note, version: current.version + 1, updatedAt: context.now.toISOString() },
    {
      action: approve ? 'ASSOCIATION_CHANGE_APPROVED' : 'ASSOCIATION_CHANGE_REJECTED',
      fromStatus: current.status,
      toStatus: current.status,
      reason: note,
    },
  );
}

// an APPROVED association's waiting change, as seen → public
export const approveAssociationChange = (context: RegisterContext, id: string, expectedVersion: number) =>
  decideChange(context, id, expectedVersion, true, undefined);

// an APPROVED association's waiting change, as seen → dropped, with the reason shown to the owner
export const rejectAssociationChange = (
  context: RegisterContext,
  id: string,
  expectedVersion: number,
  reason: string,
) => decideChange(context, id, expectedVersion, false, parseInput(moderationReason, reason, 'reason'));
