import { randomUUID } from 'node:crypto';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { z } from 'zod';
import type { TableConfig } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import type { NotificationItem } from '../data/entities/notification.js';
import { createLogger } from '../server/logger.js';
import { PoisonRecordError, processStreamBatch } from '../server/stream-batch.js';
import { forEveryMunicipality } from '../tenancy/every-municipality.js';
import { itemOfRecord } from '../tenancy/record-tenant.js';
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
 * The notifier: woken by new outbox messages of any municipality on the table's stream, it sends each record's
 * message, read in the municipality its keys name (claimed first: one sender at a time); woken by the sweep every
 * minute (no records), it delivers whatever is due in every municipality, retries and lapsed claims included. A
 * record whose key or message it cannot read is reported alone as a batch item failure; the messages after it are
 * still sent, and any message a set-aside record named still waits in the outbox for the sweep. The sender
 * address and mail settings are the stage's, for every municipality.
 */
export function createNotifierHandler(config: TableConfig, mail: MailSettings) {
  const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
  const logger = createLogger(config, 'varna-notifier');
  const send = createSendMail(mail);

  const sendRecordsMessage = async (record: DynamoDBRecord, sender: string) => {
    const message = itemOfRecord<{ tenant: string; id: string }>(
      record,
      db.conversions.notification.byAccessPattern.byId,
    );
    if (!message?.id)
      throw new PoisonRecordError('Not an outbox message of a municipality: the notifier cannot take this record.');
    const { data } = await db.entities.notification.get({ tenant: message.tenant, id: message.id }).go();
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
    await forEveryMunicipality(
      { db, defaultTenant: config.tenant, logger, job: 'The notifier’s sweep' },
      async (tenant) => {
        const counts = await deliverDue(db, tenant, send, sender, new Date());
        if (counts.sent || counts.retrying || counts.failed || counts.lapsed)
          logger.info('notifications', { tenant, ...counts });
        if (counts.failed) logger.error('notifications given up', { tenant, failed: counts.failed });
      },
    );
  };
}
