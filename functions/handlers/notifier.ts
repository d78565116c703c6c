import { Resource } from 'sst/resource';
import { loadTableConfig } from '../config.js';
import { loadMailSettings } from '../notifications/config.js';
import { createNotifierHandler } from '../notifications/handler.js';

/**
 * Lambda entry point of the notifier (stacks/notifications.ts): the register's e-mail to associations and
 * staff's training e-mail. Subscribed to the table's stream for new outbox messages and run every minute for retries; it sends through SES as the linked
 * sender identity.
 */
export const handler = createNotifierHandler(
  loadTableConfig({ ...process.env, VARNA_TABLE_NAME: Resource.NotifierTableAccess.name }),
  loadMailSettings({ ...process.env, VARNA_MAIL_FROM: process.env.VARNA_MAIL_FROM ?? Resource.MailSender.sender }),
);
