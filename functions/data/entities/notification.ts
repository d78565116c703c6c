import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';
import { outboxAttributes, outboxIndexes } from './shared.js';

/**
 * The e-mail outbox: a message written in the same transaction as what it tells of (so there is a message
 * exactly when that happened) and sent afterwards by the notifier (functions/notifications/). Its owner is
 * an association (the register: one message per decision, its id the decision record's) or a staff
 * member's training registration (functions/training/messages.ts: one per registration and kind, its id
 * derived from the registration's). Items stored before training messages carry `associationId` only.
 * A sender claims it (PENDING → SENDING) with a conditional write before sending, so two senders never
 * both send it; a failed send returns it to PENDING with a later `nextAttemptAt`, until attempts run out.
 */
export const notificationSchema = {
  model: { entity: 'notification', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    id: { type: 'string', required: true },
    /** The association a register decision's message is about. */
    associationId: { type: 'string' },
    /** The training registration a staff member's message is about (its API id), and its training. */
    registrationId: { type: 'string' },
    trainingKey: { type: 'string' },
    to: { type: 'string', required: true },
    subject: { type: 'string', required: true },
    text: { type: 'string', required: true },
    ...outboxAttributes,
  },
  indexes: outboxIndexes,
} as const;

export const createNotificationEntity = (config: EntityConfiguration) => new Entity(notificationSchema, config);
export type NotificationItem = EntityItem<ReturnType<typeof createNotificationEntity>>;
