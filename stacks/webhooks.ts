import { deployedFunctions } from '../functions/handlers/triggers';
import { functionEnvironment } from './config';
import { streamedAndSwept, tableLink } from './storage';

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

export const {
  onStream: webhookSenderOnStream,
  streamFailures: webhookStreamFailures,
  sweep: webhookSweep,
} = streamedAndSwept({ onStream: 'WebhookSender', sweep: 'WebhookSweep' }, deployedFunctions.webhookSender, {
  link: [webhookAccess, webhookEndpoints],
  environment: functionEnvironment,
});
