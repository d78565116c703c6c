import type { Db } from '../data/db.js';
import type { TransactItem } from '../data/transactions.js';

export { transact, type TransactItem, type TransactPut } from '../data/transactions.js';
import { rules } from './rules.js';

/** The creates a retry with the same idempotency key answers with the first result of. */
export type IdempotentOperation = 'registerAssociation' | 'submitActivity' | 'registerForTraining';

/** One create of one account under one idempotency key. */
type IdempotencyKey = { tenant: string; accountId: string; operation: IdempotentOperation; key: string };

/** The idempotency record of a create, to be written with it; expires by DynamoDB TTL. */
export function idempotencyPut(db: Db, record: IdempotencyKey & { resultId: string }, now: Date): TransactItem {
  return {
    Put: db.entities.idempotencyRecord
      .put({ ...record, expiresAt: Math.floor(now.getTime() / 1000) + rules.idempotencyTtlSeconds })
      .where((attr, op) => op.notExists(attr.resultId))
      .params(),
  } as TransactItem;
}

/** What an earlier request with the same idempotency key created, if any. */
async function earlierResult(db: Db, key: IdempotencyKey) {
  const { data } = await db.entities.idempotencyRecord.get(key).go({ consistent: true });
  return data?.resultId ?? null;
}

/**
 * A retry's answer: what the earlier request with the same idempotency key created, read as it is now, or
 * null when there was none. A create asks before it writes, and again when its write lost to that request.
 */
export const replayOf =
  <Result>(db: Db, key: IdempotencyKey, read: (resultId: string) => Promise<Result>) =>
  async (): Promise<Result | null> => {
    const earlier = await earlierResult(db, key);
    return earlier ? read(earlier) : null;
  };

/** Counts one create against the account's hourly limit; fails its condition when the limit is reached. */
export function rateCountUpdate(db: Db, tenant: string, accountId: string, now: Date): TransactItem {
  const hour = now.toISOString().slice(0, 13);
  const { Key, TableName } = db.entities.rateCounter.get({ tenant, accountId, window: hour }).params() as {
    Key: Record<string, unknown>;
    TableName: string;
  };
  return {
    Update: {
      TableName,
      Key,
      UpdateExpression: 'ADD #count :one SET #expiresAt = :expiresAt',
      ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
      ExpressionAttributeNames: { '#count': 'count', '#expiresAt': 'expiresAt' },
      ExpressionAttributeValues: {
        ':one': 1,
        ':limit': rules.createsPerHour,
        ':expiresAt': Math.floor(now.getTime() / 1000) + 2 * 60 * 60,
      },
    },
  };
}
