import { randomUUID } from 'node:crypto';
import type { TableConfig } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import { createLogger } from '../server/logger.js';
import { deliverDue } from './deliver.js';
import { createSendMail, type MailSettings } from './mail.js';

/**
 * The notifier: woken by new outbox messages on the table's stream and by a sweep every minute (for
 * retries), it delivers whatever is due. Whatever woke it, the work is the same, so a batch of stream
 * records or a schedule event are both just "now".
 */
export function createNotifierHandler(config: TableConfig, mail: MailSettings) {
  const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
  const logger = createLogger(config, 'varna-notifier');
  const send = createSendMail(mail);
  return async (): Promise<void> => {
    const counts = await deliverDue(db, config.tenant, send, `notifier-${randomUUID()}`, new Date());
    if (counts.sent || counts.retrying || counts.failed || counts.lapsed) logger.info('notifications', counts);
    if (counts.failed) logger.error('notifications given up', { failed: counts.failed });
  };
}
