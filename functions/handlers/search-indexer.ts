import { Resource } from 'sst/resource';
import { loadTableConfig } from '../config.js';
import { createSearchIndexerHandler } from '../search/stream-handler.js';

/**
 * Lambda entry point of the search indexer, subscribed to the table's stream for the search pointer
 * (stacks/search.ts). It reaches the table through its own link: reads, and writes of index chunks and the pointer.
 */
export const handler = createSearchIndexerHandler(
  loadTableConfig({ ...process.env, VARNA_TABLE_NAME: Resource.SearchIndexerTableAccess.name }),
);
