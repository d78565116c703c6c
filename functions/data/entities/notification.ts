import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';
import { outboxAttributes, outboxIndexes } from './shared.js';

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
    ...outboxAttributes,
  },
  indexes: outboxIndexes,
} as const;

export const createNotificationEntity = (config: EntityConfiguration) => new Entity(notificationSchema, config);
export type NotificationItem = EntityItem<ReturnType<typeof createNotificationEntity>>;
