import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';
import { outboxAttributes, outboxIndexes } from './shared.js';

/**
 * One change to one endpoint: the webhook's message. Its id is the Standard Webhooks `webhook-id`
 * (the same on every retry, so a receiver drops what it already took). Claimed before each attempt
 * (PENDING → SENDING) so that two senders never post it at once; a failed attempt returns it to PENDING
 * with a later `nextAttemptAt` until the attempts run out (FAILED, for the admins' resend). Kept a month.
 */
export const webhookDeliverySchema = {
  model: { entity: 'webhookDelivery', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    id: { type: 'string', required: true },
    changeId: { type: 'string', required: true },
    endpoint: { type: 'string', required: true },
    eventType: { type: 'string', required: true },
    /** The JSON body, exactly as signed and sent. */
    payload: { type: 'string', required: true },
    ...outboxAttributes,
  },
  // webhook sender and the CMS's resend: one delivery by id; the sweep and the CMS's list: deliveries of one status by due time
  indexes: outboxIndexes,
} as const;

export const createWebhookDeliveryEntity = (config: EntityConfiguration) => new Entity(webhookDeliverySchema, config);
export type WebhookDeliveryItem = EntityItem<ReturnType<typeof createWebhookDeliveryEntity>>;
