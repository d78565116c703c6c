import type { DynamoDBStreamEvent } from 'aws-lambda';
import type { TableConfig } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import { createLogger } from '../server/logger.js';
import { rebuildSearchIndexes } from './indexer.js';

/**
 * The search indexer as a stream consumer: any batch of pointer records (search-pointer filter) means
 * "content changed", however many changes it holds, so one rebuild serves the whole batch. A failure
 * throws, and the event source mapping retries the batch.
 */
export function createSearchIndexerHandler(config: TableConfig) {
  const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
  const logger = createLogger(config, 'varna-search-indexer');
  return async (event: DynamoDBStreamEvent): Promise<void> => {
    if (event.Records.length === 0) return;
    const started = Date.now();
    const outcome = await rebuildSearchIndexes(db, config.tenant, new Date());
    logger.info('search indexes', { records: event.Records.length, ...outcome, ms: Date.now() - started });
  };
}
