import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../data/db.js';
import { rules } from './rules.js';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
/** A Put of a transaction: what ElectroDB's `params<TransactPut>()` builds for one. */
export type TransactPut = NonNullable<TransactItem['Put']>;

/** The creates a retry with the same idempotency key answers with the first result of. */
export type IdempotentOperation = 'registerAssociation' | 'submitActivity' | 'registerForTraining';

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

/** The idempotency record of a create, to be written with it; expires by DynamoDB TTL. */
export function idempotencyPut(db: Db, record: { tenant: string; accountId: string; operation: IdempotentOperation; key: string; resultId: string }, now: Date): TransactItem {
  return {
    Put: db.entities.idempotencyRecord
      .put({ ...record, expiresAt: Math.floor(now.getTime() / 1000) + rules.idempotencyTtlSeconds })
      .where((attr, op) => op.notExists(attr.resultId))
      .params(),
  } as TransactItem;
}

/** What an earlier request with the same idempotency key created, if any. */
export async function earlierResult(db: Db, key: { tenant: string; accountId: string; operation: IdempotentOperation; key: string }) {
  const { data } = await db.entities.idempotencyRecord.get(key).go({ consistent: true });
  return data?.resultId ?? null;
}

/** Counts one create against the account's hourly limit; fails its condition when the limit is reached. */
export function rateCountUpdate(db: Db, tenant: string, accountId: string, now: Date): TransactItem {
  const hour = now.toISOString().slice(0, 13);
  const { Key, TableName } = db.entities.rateCounter.get({ tenant, accountId, window: hour }).params() as { Key: Record<string, unknown>; TableName: string };
  return {
    Update: {
      TableName,
      Key,
      UpdateExpression: 'ADD #count :one SET #expiresAt = :expiresAt',
      ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
      ExpressionAttributeNames: { '#count': 'count', '#expiresAt': 'expiresAt' },
      ExpressionAttributeValues: { ':one': 1, ':limit': rules.createsPerHour, ':expiresAt': Math.floor(now.getTime() / 1000) + 2 * 60 * 60 },
    },
  };
}
