import { randomUUID } from 'node:crypto';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { z } from 'zod';
import type { TableConfig } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import type { WebhookChangeItem } from '../data/entities/webhook-change.js';
import { createLogger } from '../server/logger.js';
import { PoisonRecordError, processStreamBatch } from '../server/stream-batch.js';
import type { WebhookEndpoint } from './config.js';
import { deliverDueWebhooks, queueDeliveries } from './deliver.js';

/** What a change must hold to become deliveries; anything else can never be sent. */
const deliverable = z.object({
  eventType: z.string().min(1),
  types: z.array(z.string()),
  keys: z.array(z.string()),
  paths: z.array(z.string()),
  occurredAt: z.string().min(1),
  audience: z.enum(['public', 'staff']).optional(),
});

/**
 * The webhook sender: woken by new changes on the table's stream (it queues one delivery per endpoint for each
 * record's change) and by a sweep every minute (retries, lapsed claims, resends); either way it then delivers
 * what is due. The stream is keys-only: a change is read by its key. A record whose key or change it cannot read
 * is reported alone as a batch item failure (logged with its keys); the changes after it are still queued and sent.
 */
export function createWebhookSenderHandler(config: TableConfig, endpoints: WebhookEndpoint[]) {
  const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
  const logger = createLogger(config, 'varna-webhooks');
  const { pk: prefix, sk } = db.entities.webhookChange
    .get({ tenant: config.tenant, id: '' })
    .params<{ Key: { pk: string; sk: string } }>().Key;

  const queueRecordsChange = async (record: DynamoDBRecord, now: Date): Promise<number> => {
    // Only a new change is news (the filter passes no other; a change's own later writes are not).
    if (record.eventName !== 'INSERT') return 0;
    const pk = record.dynamodb?.Keys?.pk?.S;
    if (!pk?.startsWith(prefix) || pk.length === prefix.length || record.dynamodb?.Keys?.sk?.S !== sk)
      throw new PoisonRecordError('Not a change of this tenant: the webhook sender cannot take this record.');
    const { data: change } = await db.entities.webhookChange
      .get({ tenant: config.tenant, id: pk.slice(prefix.length) })
      .go();
    // Expired since (kept a month): nothing to tell.
    if (!change) return 0;
    const checked = deliverable.safeParse(change);
    if (!checked.success)
      throw new PoisonRecordError(`The change cannot be delivered: ${z.prettifyError(checked.error)}`);
    return queueDeliveries(db, change as WebhookChangeItem, endpoints, now);
  };

  return async (event?: Partial<DynamoDBStreamEvent>): Promise<DynamoDBBatchResponse | void> => {
    const now = new Date();
    let queued = 0;
    const response = event?.Records
      ? await processStreamBatch(
          { Records: event.Records },
          async (record) => {
            queued += await queueRecordsChange(record, now);
          },
          logger,
        )
      : undefined;
    // What is due, this batch's deliveries among them; a failure here fails the batch, whose changes queue nothing twice.
    const counts = await deliverDueWebhooks(db, config.tenant, endpoints, `webhooks-${randomUUID()}`, now);
    if (queued || counts.sent || counts.retrying || counts.failed || counts.lapsed)
      logger.info('webhooks', { queued, ...counts });
    if (counts.failed) logger.error('webhooks given up', { failed: counts.failed });
    return response;
  };
}
