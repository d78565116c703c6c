import { deployedFunctions } from '../functions/handlers/triggers';
import { functionDefaults, functionEnvironment } from './config';
import { streamSubscription, table, tableLink } from './storage';

/**
 * Revalidation webhooks (Standard Webhooks) to the stage's frontends: every publish, unpublish and
 * register decision writes a change; its INSERT on the table's stream wakes the sender, which queues one
 * delivery per endpoint and posts it signed; a sweep every minute retries with backoff. The endpoints and
 * their secrets are the stage's: `npx sst secret set WebhookEndpoints '[{"name":"website","url":…,"secret":"whsec_…"},
 * {"name":"intranet","url":…,"secret":"whsec_…","scope":"internal"}]'`. An endpoint hears only of what the
 * public sees (keys and paths of internal documents never reach the public website) unless its scope is internal.
 */
export const webhookEndpoints = new sst.Secret('WebhookEndpoints', '[]');

// Reads changes and due deliveries; writes deliveries (conditional puts) and their status.
export const webhookAccess = tableLink('WebhookTableAccess', ['GetItem', 'Query', 'PutItem', 'UpdateItem']);

const { handler, stream, schedule } = deployedFunctions.webhookSender;

const sender = {
  ...functionDefaults,
  handler,
  timeout: '50 seconds' as const,
  link: [webhookAccess, webhookEndpoints],
  environment: functionEnvironment,
};

export const webhookSenderOnStream = table.subscribe('WebhookSender', sender, streamSubscription(stream));

export const webhookSweep = new sst.aws.Cron('WebhookSweep', { schedule: schedule.aws, job: sender });
