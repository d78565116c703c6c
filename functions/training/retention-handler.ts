import type { TableConfig } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import { createLogger } from '../server/logger.js';
import { forEveryMunicipality, totalOf } from '../tenancy/every-municipality.js';
import { anonymiseEndedTrainings } from './retention.js';
import { registerRetentionJob } from '../register/retention-job.js';

/**
 * The scheduled retention job, in every municipality: anonymises the registrations of trainings that ended longer
 * ago than `retentionMonths`, and runs the association register's retention. Answers the registrations' counts of
 * every municipality added up.
 */
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
    const outcomes = await forEveryMunicipality(
      { db, defaultTenant: config.tenant, logger, job: 'The retention job' },
      async (tenant) => {
        const outcome = await anonymiseEndedTrainings({ db, tenant, now }, retentionMonths);
        logger.info('Training registrations anonymised', { tenant, ...outcome, retentionMonths });
        // The association register's retention (functions/register/retention.ts) runs on the same schedule.
        logger.info('Association register retention', { tenant, ...(await registerRetention({ db, tenant, now })) });
        return outcome;
      },
    );
    return totalOf(outcomes, { trainings: 0, registrations: 0 });
  };
}
