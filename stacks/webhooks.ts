import { webhookChangeStreamFilter } from '../functions/webhooks/stream-filter';
import { isProduction, stageConfig } from './config';
import { table, tableLink } from './storage';

/**
 * Revalidation webhooks (Standard Webhooks) to the stage's frontends: every publish, unpublish and
 * register decision writes a change; its INSERT on the table's stream wakes the sender, which queues one
 * delivery per endpoint and posts it signed; a sweep every minute retries with backoff. The endpoints and
 * their secrets are the stage's: `npx sst secret set WebhookEndpoints '[{"name":"website","url":…,"secret":"whsec_…"}]'`.
 */
export const webhookEndpoints = new sst.Secret('WebhookEndpoints', '[]');

// Reads changes and due deliveries; writes deliveries (conditional puts) and their status.
export const webhookAccess = tableLink('WebhookTableAccess', ['GetItem', 'Query', 'PutItem', 'UpdateItem']);

const sender = {
  handler: 'functions/webhook-sender.handler',
  runtime: 'nodejs24.x' as const,
  timeout: '50 seconds' as const,
  link: [webhookAccess, webhookEndpoints],
  environment: { VARNA_STAGE: $app.stage, VARNA_TENANT: stageConfig.tenant },
  logging: { retention: isProduction ? ('1 year' as const) : ('1 month' as const), format: 'json' as const },
};

export const webhookSenderOnStream = table.subscribe('WebhookSender', sender, { filters: [webhookChangeStreamFilter(stageConfig.tenant)] });

export const webhookSweep = new sst.aws.Cron('WebhookSweep', { schedule: 'rate(1 minute)', job: sender });
