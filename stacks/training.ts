import { functionDefaults, functionEnvironment, stageConfig } from './config';
import { tableLink } from './storage';

/**
 * Training registrations are personal data: a daily job anonymises those of trainings that ended longer
 * ago than the retention time (24 months unless the stage says otherwise). The same job applies the
 * association register's retention (functions/register/retention.ts).
 */

// Reads trainings, rolls and registrations; overwrites registrations, removes their guards, marks rolls.
// The register's part: reads associations and their records; deletes rejected ones, redacts records, deletes old mail.
export const retentionAccess = tableLink('RetentionTableAccess', ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'DeleteItem', 'UpdateItem']);

export const registrationRetention = new sst.aws.Cron('RegistrationRetention', {
  // 03:00 UTC, after the night's backups and before anyone works.
  schedule: 'cron(0 3 * * ? *)',
  job: {
    ...functionDefaults,
    handler: 'functions/registration-retention.handler',
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
