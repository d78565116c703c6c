import type { TableConfig } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import { createLogger } from '../server/logger.js';
import { anonymiseEndedTrainings } from './retention.js';
import { registerRetentionJob } from '../register/retention-job.js';

/** The scheduled retention job: anonymises the registrations of trainings that ended longer ago than `retentionMonths`. */
export function createRetentionHandler(
  config: TableConfig,
  retentionMonths: number,
  clock: () => Date = () => new Date(),
) {
  const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
  const logger = createLogger(config, 'varna-registration-retention');
  const registerRetention = registerRetentionJob();
  return async () => {
    const now = clock();
    const outcome = await anonymiseEndedTrainings({ db, tenant: config.tenant, now }, retentionMonths);
    logger.info('Training registrations anonymised', { ...outcome, retentionMonths });
    // The association register's retention (functions/register/retention.ts) runs on the same schedule.
    logger.info('Association register retention', await registerRetention({ db, tenant: config.tenant, now }));
    return outcome;
  };
}
