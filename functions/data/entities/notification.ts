import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';

export const notificationStatuses = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;

/**
 * The register's outbox: an e-mail to an association about a decision, written in the decision's own
 * transaction (so there is a message exactly when there is a decision) and sent afterwards by the
 * notifier (functions/notifications/). One message per decision: its id is the decision record's.
 * A sender claims it (PENDING → SENDING) with a conditional write before sending, so two senders never
 * both send it; a failed send returns it to PENDING with a later `nextAttemptAt`, until attempts run out.
 */
export const notificationSchema = {
  model: { entity: 'notification', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    id: { type: 'string', required: true },
    associationId: { type: 'string', required: true },
    to: { type: 'string', required: true },
    subject: { type: 'string', required: true },
    text: { type: 'string', required: true },
    status: { type: notificationStatuses, required: true },
    attempts: { type: 'number', required: true },
    /** When a PENDING message is due (ISO 8601): at once after the decision, later after a failure. */
    nextAttemptAt: { type: 'string', required: true },
    /** The sender holding a SENDING message, and until when. */
    claimedBy: { type: 'string' },
    claimedUntil: { type: 'string' },
    sentAt: { type: 'string' },
    lastError: { type: 'string' },
    createdAt: { type: 'string', required: true },
    /** Sent messages expire (DynamoDB TTL) a year after they were written; the audit record stays. */
    expiresAt: { type: 'number' },
  },
  indexes: {
    // notifier: one message by id (the stream's key, a claim, a mark)
    byId: { pk: { field: 'pk', composite: ['tenant', 'id'] }, sk: { field: 'sk', composite: [] } },
    // notifier's sweep: messages of one status by due time (PENDING ones due now, SENDING ones whose claim lapsed)
    byStatus: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['tenant', 'status'] }, sk: { field: 'gsi1sk', composite: ['nextAttemptAt', 'id'] } },
  },
} as const;

export const createNotificationEntity = (config: EntityConfiguration) => new Entity(notificationSchema, config);
export type NotificationItem = EntityItem<ReturnType<typeof createNotificationEntity>>;
