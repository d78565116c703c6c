import { Resource } from 'sst/resource';
import { loadTableConfig } from '../config.js';
import { createReminderHandler } from '../training/reminder-handler.js';

/**
 * Lambda entry point of the training reminders (stacks/training.ts): run hourly, it writes the reminder of
 * every seat at a training starting within the next day into the outbox, once per registration; the
 * notifier sends it.
 */
export const handler = createReminderHandler(
  loadTableConfig({ ...process.env, VARNA_TABLE_NAME: Resource.ReminderTableAccess.name }),
);
