import { deployedFunctions } from '../functions/handlers/triggers';
import { functionDefaults, functionEnvironment, stageConfig } from './config';
import { tableLink } from './storage';

/**
 * Training registrations are personal data: a daily job anonymises those of trainings that ended longer
 * ago than the retention time (24 months unless the stage says otherwise). The same job applies the
 * association register's retention (functions/register/retention.ts).
 */

// Reads trainings, rolls and registrations; overwrites registrations, removes their guards, marks rolls.
// Reads trainings, rolls, registrations, associations and their records; anonymises registrations, deletes
// rejected associations and old mail. The one role that may update the register's audit records
// (stacks/storage.ts): it redacts their personal parts after the retention time; it may neither delete nor add any.
export const retentionAccess = tableLink(
  'RetentionTableAccess',
  ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'DeleteItem', 'UpdateItem'],
  'redacts',
);

export const registrationRetention = new sst.aws.Cron('RegistrationRetention', {
  schedule: deployedFunctions.registrationRetention.schedule.aws,
  job: {
    ...functionDefaults,
    handler: deployedFunctions.registrationRetention.handler,
    timeout: '5 minutes',
    link: [retentionAccess],
    environment: {
      ...functionEnvironment,
      VARNA_REGISTRATION_RETENTION_MONTHS: String(stageConfig.registrationRetentionMonths),
      VARNA_REGISTER_REJECTED_RETENTION_MONTHS: String(stageConfig.registerRejectedRetentionMonths),
      VARNA_REGISTER_REDACTION_MONTHS: String(stageConfig.registerRedactionMonths),
    },
  },
});

// Reads trainings and their registrations; writes the reminders into the outbox (a new item each, never an update).
export const reminderAccess = tableLink('ReminderTableAccess', ['GetItem', 'Query', 'PutItem']);

/** The day-before reminders of staff's training registrations, written into the outbox the notifier sends (stacks/notifications.ts). */
export const trainingReminders = new sst.aws.Cron('TrainingReminders', {
  schedule: deployedFunctions.trainingReminders.schedule.aws,
  job: {
    ...functionDefaults,
    handler: deployedFunctions.trainingReminders.handler,
    timeout: '2 minutes',
    link: [reminderAccess],
    environment: functionEnvironment,
  },
});
