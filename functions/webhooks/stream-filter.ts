import { createWebhookChangeEntity } from '../data/entities/webhook-change.js';
import { newItemsFilter, type StreamFilter } from '../search/stream-filter.js';

/** The stream records that wake the webhook sender: a new change of any municipality. */
export const webhookChangeStreamFilter = (): StreamFilter =>
  newItemsFilter(createWebhookChangeEntity({ table: 'webhook-filter' }));
