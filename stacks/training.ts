import { functionDefaults, functionEnvironment, stageConfig } from './config';
import { tableLink } from './storage';

/**
 * Training registrations are personal data: a daily job anonymises those of trainings that ended longer
 * ago than the retention time (24 months unless the stage says otherwise).
 */

// Reads trainings, rolls and registrations; overwrites registrations, removes their guards, marks rolls.
// The one role that may update the register's audit records (stacks/storage.ts): the retention time also
// reaches their free-text reasons, which it blanks in old records. It may still neither delete nor add any.
export const retentionAccess = tableLink('RetentionTableAccess', ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'DeleteItem', 'UpdateItem'], 'redacts');

export const registrationRetention = new sst.aws.Cron('RegistrationRetention', {
  // 03:00 UTC, after the night's backups and before anyone works.
  schedule: 'cron(0 3 * * ? *)',
  job: {
    ...functionDefaults,
    handler: 'functions/registration-retention.handler',
    timeout: '5 minutes',
    link: [retentionAccess],
    environment: { ...functionEnvironment, VARNA_REGISTRATION_RETENTION_MONTHS: String(stageConfig.registrationRetentionMonths) },
  },
});
