import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Db } from './db.js';

/** One item of a DynamoDB transaction. */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
/** A Put of a transaction: what ElectroDB's `params<TransactPut>()` builds for one. */
export type TransactPut = NonNullable<TransactItem['Put']>;

/**
 * Writes `items` in one transaction. Returns the indexes of the items whose own condition failed (empty
 * when written). Only ConditionalCheckFailed is an answer; any other cancellation is retried a few
 * times (a concurrent transaction on the same items) and then thrown.
 */
export async function transact(db: Db, items: TransactItem[], options: { attempts?: number } = {}): Promise<number[]> {
  const attempts = options.attempts ?? 5;
  for (let attempt = 0; ; attempt++) {
    try {
      await db.client.send(new TransactWriteCommand({ TransactItems: items }));
      return [];
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const failed = reasons.flatMap((reason, index) => (reason.Code === 'ConditionalCheckFailed' ? [index] : []));
      if (failed.length) return failed;
      if (attempt >= attempts - 1) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(25 * 2 ** attempt, 400) * (0.5 + Math.random())));
    }
  }
}
