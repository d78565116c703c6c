import type { TableConfig } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import { createLogger } from '../server/logger.js';
import { forEveryMunicipality, totalOf } from '../tenancy/every-municipality.js';
import { writeTrainingReminders } from './reminders.js';

/**
 * The scheduled reminder job, in every municipality: writes the day-before reminders of trainings starting within
 * the next day into the outbox. Answers every municipality's counts added up.
 */
export function createReminderHandler(config: TableConfig, clock: () => Date = () => new Date()) {
  const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
  const logger = createLogger(config, 'varna-training-reminders');
  return async () => {
    const now = clock();
    const outcomes = await forEveryMunicipality(
      { db, defaultTenant: config.tenant, defaultName: config.tenantName, logger, job: 'The training reminders' },
      async (tenant, municipalityName) => {
        // The reminder signs with the municipality's own name.
        const outcome = await writeTrainingReminders({ db, tenant, municipalityName, now });
        if (outcome.reminders) logger.info('Training reminders written', { tenant, ...outcome });
        return outcome;
      },
    );
    return totalOf(outcomes, { trainings: 0, reminders: 0, alreadySent: 0 });
  };
}
