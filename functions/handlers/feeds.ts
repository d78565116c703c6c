import { Resource } from 'sst/resource';
import { loadTableConfig } from '../config.js';
import { createFeedsHandler } from '../server/feeds.js';

/** Lambda entry point of the calendars and open data (stacks/api.ts): they read the table and nothing else. */
export const handler = createFeedsHandler(
  loadTableConfig({ ...process.env, VARNA_TABLE_NAME: Resource.FeedsTableAccess.name }),
);
