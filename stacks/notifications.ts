import { deployedFunctions } from '../functions/handlers/triggers';
import { functionEnvironment, stageConfig } from './config';
import { streamedAndSwept, tableLink } from './storage';

/**
 * The outbox's e-mail: the register's to associations about a decision, and training's to staff about
 * their registrations (functions/training/messages.ts). A message waits in the table's outbox; the notifier
 * sends it through SES, woken by the stream when the message is written and by a sweep every minute for
 * retries. It may send only as the stage's verified sender.
 */
export const mail = new sst.aws.Email('Mail', { sender: stageConfig.mailFrom });

/** Sending as that identity, and nothing more (linking the Email itself would grant ses:* and sending as anyone). */
export const mailSender = new sst.Linkable('MailSender', {
  properties: { sender: stageConfig.mailFrom },
  include: [sst.aws.permission({ actions: ['ses:SendEmail'], resources: [mail.nodes.identity.arn] })],
});

// Reads due messages and moves their status (claim, sent, retry); nothing else.
export const notifierAccess = tableLink('NotifierTableAccess', ['GetItem', 'Query', 'UpdateItem']);

export const {
  onStream: notifierOnStream,
  streamFailures: notifierStreamFailures,
  sweep: notifierSweep,
} = streamedAndSwept({ onStream: 'Notifier', sweep: 'NotifierSweep' }, deployedFunctions.notifier, {
  link: [notifierAccess, mailSender],
  environment: { ...functionEnvironment, VARNA_MAIL_FROM: stageConfig.mailFrom },
});
