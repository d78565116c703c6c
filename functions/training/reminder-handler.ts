import type { TableConfig } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import { createLogger } from '../server/logger.js';
import { writeTrainingReminders } from './reminders.js';

/** The scheduled reminder job: writes the day-before reminders of trainings starting within the next day into the outbox. */
export function createReminderHandler(config: TableConfig, clock: () => Date = () => new Date()) {
  const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
  const logger = createLogger(config, 'varna-training-reminders');
  return async () => {
    const outcome = await writeTrainingReminders({ db, tenant: config.tenant, now: clock() });
    if (outcome.reminders) logger.info('Training reminders written', outcome);
    return outcome;
  };
}
