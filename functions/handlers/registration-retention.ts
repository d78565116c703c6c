import { Resource } from 'sst/resource';
import { loadTableConfig } from '../config.js';
import { loadRetentionMonths } from '../training/config.js';
import { createRetentionHandler } from '../training/retention-handler.js';

/**
 * Lambda entry point of the registrations' retention job (stacks/training.ts): run daily, it anonymises
 * the registrations of trainings that ended longer ago than the retention time.
 */
export const handler = createRetentionHandler(
  loadTableConfig({ ...process.env, VARNA_TABLE_NAME: Resource.RetentionTableAccess.name }),
  loadRetentionMonths(),
);
