import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';

/** What was done in the register: a moderator's decision or an association's own change. */
export const registerActions = [
  'ASSOCIATION_REGISTERED',
  'ASSOCIATION_UPDATED',
  'ASSOCIATION_APPROVED',
  'ASSOCIATION_REJECTED',
  'ASSOCIATION_SUSPENDED',
  'ASSOCIATION_CHANGE_APPROVED',
  'ASSOCIATION_CHANGE_REJECTED',
  'ACTIVITY_SUBMITTED',
  'ACTIVITY_PUBLISHED',
  'ACTIVITY_REJECTED',
  'ACTIVITY_CANCELLED',
] as const;

/**
 * The register's audit trail: one record per decision or change, written in the same transaction as the
 * change itself, so that neither exists without the other. Append-only: the application creates records
 * (a conditional put that never overwrites) and never deletes them, and IAM holds every deployed function
 * to that by this partition key (stacks/storage.ts `auditPartitions`). The one change is their redaction,
 * by the retention job alone (functions/register/retention.ts: after the retention time or on erasure, what
 * names or describes people goes, what was done and when stays). Every record of one association shares a
 * partition, in time order: a moderator reads its history in one Query.
 */
export const registerDecisionSchema = {
  model: { entity: 'registerDecision', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    associationId: { type: 'string', required: true },
    /** When, as ISO 8601; with `id`, the record's place in the history. */
    at: { type: 'string', required: true },
    id: { type: 'string', required: true },
    action: { type: registerActions, required: true },
    /** Who: the token's subject (`redacted` once redacted) and the role it acted in. */
    actorSubject: { type: 'string', required: true },
    actorRole: { type: ['MODERATOR', 'ASSOCIATION'] as const, required: true },
    /** The activity decided on, for the activity actions. */
    activityId: { type: 'string' },
    activityTitle: { type: 'string' },
    fromStatus: { type: 'string' },
    toStatus: { type: 'string', required: true },
    /** The reason given (a rejection, a suspension). */
    reason: { type: 'string' },
    /**
     * The version of the association (or, for the activity actions, the activity) this change wrote; for a
     * moderator's decision, the version decided on is the one before. Absent on records from before versions.
     */
    version: { type: 'number' },
    /** When the record's reason, activity title and actor's subject were removed (retention or erasure). */
    redactedAt: { type: 'string' },
  },
  indexes: {
    // association.history: one association's decisions and changes in time order (one Query per page)
    byAssociation: {
      pk: { field: 'pk', composite: ['tenant', 'associationId'] },
      sk: { field: 'sk', composite: ['at', 'id'] },
    },
  },
} as const;

export const createRegisterDecisionEntity = (config: EntityConfiguration) => new Entity(registerDecisionSchema, config);
export type RegisterDecisionItem = EntityItem<ReturnType<typeof createRegisterDecisionEntity>>;
