import { randomUUID } from 'node:crypto';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import type { TableConfig } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import type { WebhookChangeItem } from '../data/entities/webhook-change.js';
import { createLogger } from '../server/logger.js';
import type { WebhookEndpoint } from './config.js';
import { deliverDueWebhooks, queueDeliveries } from './deliver.js';

/**
 * The webhook sender: woken by new changes on the table's stream (it queues one delivery per endpoint)
 * and by a sweep every minute (retries, lapsed claims, resends); either way it then delivers what is due.
 * The stream is keys-only: a change is read by its key.
 */
export function createWebhookSenderHandler(config: TableConfig, endpoints: WebhookEndpoint[]) {
  const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
  const logger = createLogger(config, 'varna-webhooks');
  const { pk: prefix, sk } = db.entities.webhookChange
    .get({ tenant: config.tenant, id: '' })
    .params<{ Key: { pk: string; sk: string } }>().Key;
  return async (event?: Partial<DynamoDBStreamEvent>): Promise<void> => {
    const now = new Date();
    let queued = 0;
    for (const record of event?.Records ?? []) {
      const pk = record.dynamodb?.Keys?.pk?.S;
      if (record.eventName !== 'INSERT' || !pk?.startsWith(prefix) || record.dynamodb?.Keys?.sk?.S !== sk) continue;
      const { data: change } = await db.entities.webhookChange
        .get({ tenant: config.tenant, id: pk.slice(prefix.length) })
        .go();
      if (change) queued += await queueDeliveries(db, change as WebhookChangeItem, endpoints, now);
    }
    const counts = await deliverDueWebhooks(db, config.tenant, endpoints, `webhooks-${randomUUID()}`, now);
    if (queued || counts.sent || counts.retrying || counts.failed || counts.lapsed)
      logger.info('webhooks', { queued, ...counts });
    if (counts.failed) logger.error('webhooks given up', { failed: counts.failed });
  };
}
