import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { TableConfig } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import { createLogger } from '../server/logger.js';
import { failedSequenceNumbers, PoisonRecordError, processStreamBatch } from '../server/stream-batch.js';
import { rebuildSearchIndexes } from './indexer.js';
import { searchPointerStreamFilter } from './stream-filter.js';

/**
 * The search indexer as a stream consumer: any batch of pointer records (search-pointer filter) means
 * "content changed", however many changes it holds, so one rebuild serves the whole batch. Each record is only
 * checked to be the tenant's pointer; one that is not (a malformed key) is reported alone as a batch item failure
 * and does not hold back the build for the others. A failed build throws: the whole batch is retried.
 */
export function createSearchIndexerHandler(config: TableConfig) {
  const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
  const logger = createLogger(config, 'varna-search-indexer');
  const { pk, sk } = searchPointerStreamFilter(config.tenant).dynamodb.Keys;
  const isPointer = (record: DynamoDBRecord) =>
    record.dynamodb?.Keys?.pk?.S === pk!.S[0] && record.dynamodb?.Keys?.sk?.S === sk!.S[0];
  const checkPointer = async (record: DynamoDBRecord) => {
    if (!isPointer(record)) throw new PoisonRecordError('Not the search pointer: the indexer cannot take this record.');
  };
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    if (event.Records.length === 0) return { batchItemFailures: [] };
    const response = await processStreamBatch(event, checkPointer, logger);
    const started = Date.now();
    const outcome = await rebuildSearchIndexes(db, config.tenant, new Date());
    const failed = failedSequenceNumbers(response).size;
    logger.info('search indexes', { records: event.Records.length, failed, ...outcome, ms: Date.now() - started });
    return response;
  };
}
