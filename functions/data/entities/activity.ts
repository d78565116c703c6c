import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';
import { location, stringList } from './shared.js';

export const activityStatuses = ['SUBMITTED', 'PUBLISHED', 'REJECTED', 'CANCELLED'] as const;

/**
 * The longest an activity may last. The calendar's window query reads the start-time range
 * [from − this, to) and keeps those still running at `from`, so the bound keeps that range small.
 */
export const MAX_ACTIVITY_DURATION_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * How long an activity stays after it ends: two years, for the yearly report to the crime-prevention
 * council. Then DynamoDB's TTL (the table's `expiresAt`) removes it, so that the calendar's partitions
 * hold no more than that and the register keeps no older trace of an association's doings.
 */
export const ACTIVITY_RETENTION_DAYS = 730;

/** The statuses whose activities a suspension withholds from the public: the published ones and the cancelled ones (the feed keeps those as CANCELLED events). */
export const withholdable: ReadonlySet<string> = new Set(['PUBLISHED', 'CANCELLED']);

/** The activity's version: items written before versions existed are version 1. */
export const activityVersion = (activity: { version?: number }) => activity.version ?? 1;

/** The activity's TTL (seconds since the epoch), derived from its end on every write. */
export const activityExpiry = (endsAt: string) =>
  Math.floor(Date.parse(endsAt) / 1000) + ACTIVITY_RETENTION_DAYS * 24 * 60 * 60;

/** An activity an association runs. Owned by DynamoDB: written by the API's mutations. */
export const activitySchema = {
  model: { entity: 'activity', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    id: { type: 'string', required: true },
    associationId: { type: 'string', required: true },
    title: { type: 'string', required: true },
    description: { type: 'string' },
    /** UTC ISO 8601, so that string order is time order. */
    startsAt: { type: 'string', required: true },
    endsAt: { type: 'string', required: true },
    location,
    district: { type: 'string' },
    targetGroups: stringList,
    languages: stringList,
    registrationUrl: { type: 'string' },
    status: { type: activityStatuses, required: true },
    /**
     * Raised by every change of the activity (absent on items written before versions existed: version 1). A
     * moderator's decision names the version it was shown and is written only while it is still current.
     */
    version: { type: 'number' },
    /**
     * The calendar partition the activity is listed in: its status, except that a PUBLISHED or CANCELLED
     * activity of a suspended association is WITHHELD (out of every public list and feed) until the
     * association is approved again. Derived on every write.
     */
    listing: {
      type: 'string',
      watch: ['status'],
      set: (listing?: string, item?: { status?: string }) => {
        const status = item?.status;
        if (status === undefined) return listing;
        // Withheld stays withheld, whatever its owner does to it (a cancellation would otherwise put its full
        // event back into the public feed's cancelled events): only the association's new approval relists it.
        return listing === 'WITHHELD' && withholdable.has(status) ? 'WITHHELD' : status;
      },
    },
    moderationNote: { type: 'string' },
    /** When a moderator published it (first time): a cancelled activity was public before only if this is set. */
    publishedAt: { type: 'string' },
    expiresAt: {
      type: 'number',
      watch: ['endsAt'],
      set: (expiresAt?: number, item?: { endsAt?: string }) => (item?.endsAt ? activityExpiry(item.endsAt) : expiresAt),
    },
    createdAt: { type: 'string', required: true },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    // mutations: GetItem by id
    byId: { pk: { field: 'pk', composite: ['tenant', 'id'] }, sk: { field: 'sk', composite: [] } },
    // activities: the calendar's time window (start-time range) within one listing (= status, or WITHHELD);
    // the template keeps the key of the items written before `listing` existed
    byStatus: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['tenant', 'listing'], template: '$varna#tenant_${tenant}#status_${listing}' },
      sk: { field: 'gsi1sk', composite: ['startsAt', 'id'] },
    },
    // association.activities: one association's activities by start time
    byAssociation: {
      index: 'gsi2',
      pk: { field: 'gsi2pk', composite: ['tenant', 'associationId'] },
      sk: { field: 'gsi2sk', composite: ['startsAt', 'id'] },
    },
  },
} as const;

export const createActivityEntity = (config: EntityConfiguration) => new Entity(activitySchema, config);
export type ActivityEntity = ReturnType<typeof createActivityEntity>;
export type ActivityItem = EntityItem<ActivityEntity>;
