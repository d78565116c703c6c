import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { TableConfig } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import { createLogger } from '../server/logger.js';
import { failedSequenceNumbers, PoisonRecordError, processStreamBatch } from '../server/stream-batch.js';
import { itemOfRecord } from '../tenancy/record-tenant.js';
import { rebuildSearchIndexes } from './indexer.js';

/**
 * The search indexer as a stream consumer: a pointer record (search-pointer filter) means "this municipality's
 * content changed", however many changes the batch holds, so one rebuild per municipality serves the whole batch.
 * Each record is read for its municipality (its pointer's keys, as ElectroDB parses them); one that is no
 * municipality's pointer (a malformed key) is reported alone as a batch item failure and does not hold back the
 * builds for the others. A municipality whose build fails has its records reported as failures after the other
 * municipalities are built (Lambda retries from the first of them; a build already done finds nothing to do); a
 * batch that fails whole throws.
 */
export function createSearchIndexerHandler(config: TableConfig) {
  const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
  const logger = createLogger(config, 'varna-search-indexer');
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    if (event.Records.length === 0) return { batchItemFailures: [] };
    const recordsOf = new Map<string, DynamoDBRecord[]>();
    const readPointer = async (record: DynamoDBRecord) => {
      const pointer = itemOfRecord(record, db.conversions.searchVersion.byAccessPattern.byTenant);
      if (!pointer) throw new PoisonRecordError('Not a search pointer: the indexer cannot take this record.');
      recordsOf.set(pointer.tenant, [...(recordsOf.get(pointer.tenant) ?? []), record]);
    };
    const response = await processStreamBatch(event, readPointer, logger);
    const failed = failedSequenceNumbers(response);
    const buildErrors: unknown[] = [];
    for (const [tenant, records] of recordsOf) {
      const started = Date.now();
      try {
        const outcome = await rebuildSearchIndexes(db, tenant, new Date());
        logger.info('search indexes', { tenant, records: records.length, ...outcome, ms: Date.now() - started });
      } catch (error) {
        // Any error: another municipality's build still runs; this one's records are retried.
        logger.error('search index build failed', { tenant, records: records.length, error: error as Error });
        buildErrors.push(error);
        for (const record of records) failed.add(record.dynamodb!.SequenceNumber!);
      }
    }
    // Nothing built and nothing left to report alone: the invocation fails (retried, then split), as before.
    if (buildErrors.length > 0 && failed.size === event.Records.length)
      throw new AggregateError(buildErrors, 'The search index build failed for every municipality in the batch');
    return {
      batchItemFailures: event.Records.filter((record) => failed.has(record.dynamodb?.SequenceNumber ?? '')).map(
        (record) => ({ itemIdentifier: record.dynamodb!.SequenceNumber! }),
      ),
    };
  };
}
