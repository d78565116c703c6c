import { BatchGetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import DataLoader from 'dataloader';
import type { Db } from './db.js';

type EntityName = keyof Db['entities'];

interface ItemRef {
  entity: EntityName;
  key: Record<string, string>;
}

interface Keyed {
  get(key: Record<string, string>): { params(): { Key: Record<string, unknown> } };
  parse(response: { Item: Record<string, unknown> }): { data: unknown } | null;
}

const BATCH_GET_LIMIT = 100;

const keyString = (key: Record<string, unknown>) => `${String(key.pk)}\u0000${String(key.sk)}`;

/**
 * One loader for every related item of a request (provider, districts, participants, association):
 * all loads of one resolver level become one BatchGetItem, whatever their entity type.
 */
export function createItemLoader(db: Db) {
  const entities = db.entities as unknown as Record<EntityName, Keyed>;
  return new DataLoader<ItemRef, unknown, string>(
    async (refs) => {
      const keys = refs.map((ref) => entities[ref.entity].get(ref.key).params().Key);
      const found = new Map<string, Record<string, unknown>>();
      for (let start = 0; start < keys.length; start += BATCH_GET_LIMIT) {
        let pending: Record<string, unknown>[] | undefined = keys.slice(start, start + BATCH_GET_LIMIT);
        // DynamoDB may leave keys unprocessed under load; ask again for those (the SDK backs off on throttling).
        for (let attempt = 0; pending && pending.length > 0 && attempt < 5; attempt++) {
          const response: BatchGetCommandOutput = await db.client.send(
            new BatchGetCommand({ RequestItems: { [db.table]: { Keys: pending } } }),
          );
          for (const item of response.Responses?.[db.table] ?? []) found.set(keyString(item), item);
          pending = response.UnprocessedKeys?.[db.table]?.Keys;
        }
        if (pending && pending.length > 0) throw new Error('DynamoDB left keys unprocessed after retries');
      }
      return refs.map((ref, index) => {
        const item = found.get(keyString(keys[index]!));
        return item ? (entities[ref.entity].parse({ Item: item })?.data ?? null) : null;
      });
    },
    { cacheKeyFn: (ref) => `${ref.entity}\u0000${JSON.stringify(ref.key)}`, maxBatchSize: 1000 },
  );
}

export type ItemLoader = ReturnType<typeof createItemLoader>;
