import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';

/**
 * A change the frontends must hear of (functions/webhooks/): a publish or unpublish of editorial content,
 * written by the CMS's sync after the read model took it, or a register decision, written in the
 * decision's own transaction. Its INSERT on the table's stream wakes the webhook sender, which turns it
 * into one delivery per configured endpoint. Kept a month.
 */
export const webhookChangeSchema = {
  model: { entity: 'webhookChange', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    id: { type: 'string', required: true },
    /** The Standard Webhooks event type, e.g. `content.published`. */
    eventType: { type: 'string', required: true },
    types: { type: 'list', items: { type: 'string' }, required: true },
    keys: { type: 'list', items: { type: 'string' }, required: true },
    paths: { type: 'list', items: { type: 'string' }, required: true },
    /** Who may hear of it (functions/webhooks/changes.ts); a change written before audiences is heard by staff endpoints only. */
    audience: { type: ['public', 'staff'] as const },
    occurredAt: { type: 'string', required: true },
    expiresAt: { type: 'number' },
  },
  indexes: {
    // webhook sender: the change behind a stream record
    byId: { pk: { field: 'pk', composite: ['tenant', 'id'] }, sk: { field: 'sk', composite: [] } },
  },
} as const;

export const createWebhookChangeEntity = (config: EntityConfiguration) => new Entity(webhookChangeSchema, config);
export type WebhookChangeItem = EntityItem<ReturnType<typeof createWebhookChangeEntity>>;
