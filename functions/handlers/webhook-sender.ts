import { Resource } from 'sst/resource';
import { loadTableConfig } from '../config.js';
import { loadWebhookEndpoints } from '../webhooks/config.js';
import { createWebhookSenderHandler } from '../webhooks/handler.js';

/**
 * Lambda entry point of the webhook sender (stacks/webhooks.ts): subscribed to the table's stream for new
 * changes and run every minute for retries; the stage's endpoints and their secrets are a linked secret.
 */
export const handler = createWebhookSenderHandler(
  loadTableConfig({ ...process.env, VARNA_TABLE_NAME: Resource.WebhookTableAccess.name }),
  loadWebhookEndpoints({ VARNA_WEBHOOK_ENDPOINTS: Resource.WebhookEndpoints.value }),
);
