import { randomUUID } from 'node:crypto';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { z } from 'zod';
import type { TableConfig } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import type { NotificationItem } from '../data/entities/notification.js';
import { createLogger } from '../server/logger.js';
import { PoisonRecordError, processStreamBatch } from '../server/stream-batch.js';
import { deliverDue, deliverNotification } from './deliver.js';
import { createSendMail, type MailSettings } from './mail.js';

/** What a message must hold for the notifier to send it; anything else can never be sent. */
const sendable = z.object({
  to: z.string().min(1),
  subject: z.string().min(1),
  text: z.string().min(1),
  status: z.enum(['PENDING', 'SENDING', 'SENT', 'FAILED']),
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: z.string().min(1),
});

/**
 * The notifier: woken by new outbox messages on the table's stream, it sends each record's message (claimed
 * first: one sender at a time); woken by the sweep every minute (no records), it delivers whatever is due, retries and
 * lapsed claims included. A record whose key or message it cannot read is reported alone as a batch item
 * failure; the messages after it are still sent, and any message a set-aside record named still waits in the
 * outbox for the sweep.
 */
export function createNotifierHandler(config: TableConfig, mail: MailSettings) {
  const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
  const logger = createLogger(config, 'varna-notifier');
  const send = createSendMail(mail);
  const { pk: prefix, sk } = db.entities.notification
    .get({ tenant: config.tenant, id: '' })
    .params<{ Key: { pk: string; sk: string } }>().Key;

  const sendRecordsMessage = async (record: DynamoDBRecord, sender: string) => {
    const pk = record.dynamodb?.Keys?.pk?.S;
    if (!pk?.startsWith(prefix) || pk.length === prefix.length || record.dynamodb?.Keys?.sk?.S !== sk)
      throw new PoisonRecordError('Not an outbox message of this tenant: the notifier cannot take this record.');
    const { data } = await db.entities.notification.get({ tenant: config.tenant, id: pk.slice(prefix.length) }).go();
    // Deleted since (an erasure, its expiry): nothing to send.
    if (!data) return;
    const checked = sendable.safeParse(data);
    if (!checked.success)
      throw new PoisonRecordError(`The outbox message cannot be sent: ${z.prettifyError(checked.error)}`);
    await deliverNotification(db, data as NotificationItem, send, sender, new Date());
  };

  return async (event?: Partial<DynamoDBStreamEvent>): Promise<DynamoDBBatchResponse | void> => {
    const sender = `notifier-${randomUUID()}`;
    if (event?.Records)
      return processStreamBatch({ Records: event.Records }, (record) => sendRecordsMessage(record, sender), logger);
    const counts = await deliverDue(db, config.tenant, send, sender, new Date());
    if (counts.sent || counts.retrying || counts.failed || counts.lapsed) logger.info('notifications', counts);
    if (counts.failed) logger.error('notifications given up', { failed: counts.failed });
  };
}
