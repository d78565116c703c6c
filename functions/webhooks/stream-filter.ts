import { createWebhookChangeEntity } from '../data/entities/webhook-change.js';
import type { StreamFilter } from '../search/stream-filter.js';

/** The stream records that wake the webhook sender: a new change of the tenant (an INSERT under the change entity's keys). */
export function webhookChangeStreamFilter(tenant: string): StreamFilter {
  const { Key } = createWebhookChangeEntity({ table: 'webhook-filter' })
    .get({ tenant, id: 'x' })
    .params<{ Key: { pk: string; sk: string } }>();
  return {
    eventName: ['INSERT'],
    dynamodb: { Keys: { pk: { S: [{ prefix: Key.pk.slice(0, -1) }] }, sk: { S: [Key.sk] } } },
  };
}
