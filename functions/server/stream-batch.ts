import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

/**
 * A stream record its handler can never process, however often it is retried: a key that is not the kind the
 * handler subscribes to, or an item that fails validation. It is reported alone as a batch item failure; after the
 * subscription's bounded retries Lambda sets it aside (the on-failure queue) and the shard moves on.
 */
export class PoisonRecordError extends Error {
  override name = 'PoisonRecordError';
}

/** What names a record in a log line and a failure report: its keys, event and sequence number (a keys-only stream has nothing else). */
export const recordKeys = (record: DynamoDBRecord) => ({
  eventName: record.eventName,
  pk: record.dynamodb?.Keys?.pk?.S,
  sk: record.dynamodb?.Keys?.sk?.S,
  sequenceNumber: record.dynamodb?.SequenceNumber,
});

/**
 * Runs `handleRecord` on each record of a DynamoDB stream batch, in order, and answers Lambda's partial batch
 * response (ReportBatchItemFailures): the records that threw are reported by sequence number, so Lambda retries
 * from the first of them and never the records before it, and the records after a failed one are still
 * processed in this invocation (the handlers take a record twice without harm). Every record failing throws
 * (Powertools' FullBatchFailureError): an invocation error, which the Errors alarm counts and bisection splits.
 */
export async function processStreamBatch(
  event: DynamoDBStreamEvent,
  handleRecord: (record: DynamoDBRecord) => Promise<void>,
  logger: Logger,
): Promise<DynamoDBBatchResponse> {
  // One processor per invocation: its store holds the batch being processed.
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const logged = async (record: DynamoDBRecord) => {
    try {
      await handleRecord(record);
    } catch (error) {
      // Logged with the record's keys, so that a record set aside after its retries can be found and replayed.
      logger.error('stream record failed', { record: recordKeys(record), error: error as Error });
      throw error;
    }
  };
  // In order: a stream's records are a shard's history, and the outbox claims and conditional puts expect one at a time.
  return processPartialResponse(event, logged, processor, { processInParallel: false });
}

/** The ids of a partial batch response's failed records. */
export const failedSequenceNumbers = (response: DynamoDBBatchResponse) =>
  new Set(response.batchItemFailures.map((failure) => failure.itemIdentifier));
