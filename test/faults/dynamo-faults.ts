import {
  ProvisionedThroughputExceededException,
  ThrottlingException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Simulated DynamoDB overload (it cannot be caused on DynamoDB Local): while `share` is above 0, that share of
 * calls fails as DynamoDB fails them when throttled (ThrottlingException, ProvisionedThroughputExceededException)
 * or, for a transaction, when another one holds its items (TransactionCanceledException with TransactionConflict).
 * Injected below the SDK's retry middleware, so its retry strategy meets them as it would the real ones.
 */
export const dynamoFaults = {
  share: 0,
  injected: { ThrottlingException: 0, ProvisionedThroughputExceededException: 0, TransactionConflict: 0 },
  calls: 0,
};

/** A small seeded generator (mulberry32), so a run's faults repeat. */
let seed = 31;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
  return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
}

const metadata = { httpStatusCode: 400, attempts: 1, totalRetryDelay: 0 };

function injectedError(commandName: string): Error {
  const draw = random();
  if (/TransactWrite/.test(commandName) && draw < 0.5) {
    dynamoFaults.injected.TransactionConflict++;
    return new TransactionCanceledException({
      message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [TransactionConflict]',
      $metadata: metadata,
      CancellationReasons: [{ Code: 'TransactionConflict', Message: 'Transaction is ongoing for the item' }],
    });
  }
  if (draw < 0.75) {
    dynamoFaults.injected.ThrottlingException++;
    return new ThrottlingException({
      message: 'Rate of requests exceeds the allowed throughput.',
      $metadata: metadata,
    });
  }
  dynamoFaults.injected.ProvisionedThroughputExceededException++;
  return new ProvisionedThroughputExceededException({
    message: 'The level of configured provisioned throughput for the table was exceeded.',
    $metadata: metadata,
  });
}

/** Adds the injection to a document client (it shares its middleware stack with the DynamoDB client under it). */
export function withDynamoFaults(client: DynamoDBDocumentClient): DynamoDBDocumentClient {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      dynamoFaults.calls++;
      if (dynamoFaults.share > 0 && random() < dynamoFaults.share) throw injectedError(context.commandName ?? '');
      return next(args);
    },
    { step: 'deserialize', name: 'varnaFaultInjection', priority: 'high' },
  );
  return client;
}
