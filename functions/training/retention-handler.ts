import type { TableConfig } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import { createLogger } from '../server/logger.js';
import { anonymiseEndedTrainings } from './retention.js';

/** The scheduled retention job: anonymises the registrations of trainings that ended longer ago than `retentionMonths`. */
export function createRetentionHandler(config: TableConfig, retentionMonths: number, clock: () => Date = () => new Date()) {
  const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
  const logger = createLogger(config, 'varna-registration-retention');
  return async () => {
    const outcome = await anonymiseEndedTrainings({ db, tenant: config.tenant, now: clock() }, retentionMonths);
    logger.info('Training registrations anonymised', { ...outcome, retentionMonths });
    return outcome;
  };
}
