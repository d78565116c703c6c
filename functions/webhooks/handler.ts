import { randomUUID } from 'node:crypto';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { z } from 'zod';
import type { TableConfig } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import type { WebhookChangeItem } from '../data/entities/webhook-change.js';
import { createLogger } from '../server/logger.js';
import { PoisonRecordError, processStreamBatch } from '../server/stream-batch.js';
import { forEveryMunicipality } from '../tenancy/every-municipality.js';
import { itemOfRecord } from '../tenancy/record-tenant.js';
import { endpointsOfMunicipality, type WebhookEndpoint } from './config.js';
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
 * The webhook sender: woken by new changes of any municipality on the table's stream (it queues one delivery per
 * endpoint for each record's change, in the municipality the record's keys name) and by a sweep every minute
 * (retries, lapsed claims, resends); either way it then delivers what is due: in the batch's municipalities, or
 * the sweep's every municipality. The stream is keys-only: a change is read by its key. A record whose key or
 * change it cannot read is reported alone as a batch item failure (logged with its keys); the changes after it are
 * still queued and sent. The endpoints are the stage's (VARNA_WEBHOOK_ENDPOINTS); each hears only of its
 * municipality's changes (functions/webhooks/config.ts).
 */
export function createWebhookSenderHandler(config: TableConfig, endpoints: WebhookEndpoint[]) {
  const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
  const logger = createLogger(config, 'varna-webhooks');
  // Each municipality's own frontends (an endpoint's name is unique within its municipality).
  const endpointsOf = (tenant: string) => endpointsOfMunicipality(endpoints, tenant, config.tenant);

  /** Queues the deliveries of a record's change, counted under the change's municipality in `queuedIn`. */
  const queueRecordsChange = async (record: DynamoDBRecord, now: Date, queuedIn: Map<string, number>) => {
    // Only a new change is news (the filter passes no other; a change's own later writes are not).
    if (record.eventName !== 'INSERT') return;
    const named = itemOfRecord<{ tenant: string; id: string }>(
      record,
      db.conversions.webhookChange.byAccessPattern.byId,
    );
    if (!named?.id)
      throw new PoisonRecordError('Not a change of a municipality: the webhook sender cannot take this record.');
    queuedIn.set(named.tenant, queuedIn.get(named.tenant) ?? 0);
    const { data: change } = await db.entities.webhookChange.get({ tenant: named.tenant, id: named.id }).go();
    // Expired since (kept a month): nothing to tell.
    if (!change) return;
    const checked = deliverable.safeParse(change);
    if (!checked.success)
      throw new PoisonRecordError(`The change cannot be delivered: ${z.prettifyError(checked.error)}`);
    const queued = await queueDeliveries(db, change as WebhookChangeItem, endpointsOf(named.tenant), now);
    queuedIn.set(named.tenant, queuedIn.get(named.tenant)! + queued);
  };

  /** Delivers what is due in one municipality, and says so. */
  const deliverDueIn = async (tenant: string, sender: string, queued: number) => {
    const counts = await deliverDueWebhooks(db, tenant, endpointsOf(tenant), sender, new Date());
    if (queued || counts.sent || counts.retrying || counts.failed || counts.lapsed)
      logger.info('webhooks', { tenant, queued, ...counts });
    if (counts.failed) logger.error('webhooks given up', { tenant, failed: counts.failed });
    return counts;
  };

  return async (event?: Partial<DynamoDBStreamEvent>): Promise<DynamoDBBatchResponse | void> => {
    const now = new Date();
    const sender = `webhooks-${randomUUID()}`;
    if (!event?.Records) {
      await forEveryMunicipality({ db, defaultTenant: config.tenant, logger, job: 'The webhook sweep' }, (tenant) =>
        deliverDueIn(tenant, sender, 0),
      );
      return;
    }
    const queuedIn = new Map<string, number>();
    const response = await processStreamBatch(
      { Records: event.Records },
      (record) => queueRecordsChange(record, now, queuedIn),
      logger,
    );
    // What is due in the batch's municipalities, its deliveries among them; a failure here fails the batch, whose
    // changes queue nothing twice.
    for (const [tenant, queued] of queuedIn) await deliverDueIn(tenant, sender, queued);
    return response;
  };
}
