import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../../functions/data/db.js';

/**
 * Every item of one entity in the table, read by a Scan (tests only: no request path scans), to count what a
 * fault left behind: an acknowledged write that is missing, or one written twice.
 */
export async function itemsOf(db: Db, entity: string): Promise<Record<string, any>[]> {
  const items: Record<string, any>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await db.client.send(
      new ScanCommand({
        TableName: db.table,
        FilterExpression: '#entity = :entity',
        ExpressionAttributeNames: { '#entity': '__edb_e__' },
        ExpressionAttributeValues: { ':entity': entity },
        ExclusiveStartKey,
      }),
    );
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

/** How many of `expected` are missing from `seen`, and how many of `seen` occur more than once. */
export function lostAndDuplicated(expected: string[], seen: string[]): { lost: number; duplicates: number } {
  const counts = new Map<string, number>();
  for (const value of seen) counts.set(value, (counts.get(value) ?? 0) + 1);
  return {
    lost: expected.filter((value) => !counts.has(value)).length,
    duplicates: [...counts.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0),
  };
}

/** The same for values that may repeat (several mails to one address): what is missing, and what is there too often. */
export function multisetDifference(expected: string[], seen: string[]): { lost: number; duplicates: number } {
  const balance = new Map<string, number>();
  for (const value of expected) balance.set(value, (balance.get(value) ?? 0) + 1);
  for (const value of seen) balance.set(value, (balance.get(value) ?? 0) - 1);
  const counts = [...balance.values()];
  return {
    lost: counts.filter((count) => count > 0).reduce((sum, count) => sum + count, 0),
    duplicates: counts.filter((count) => count < 0).reduce((sum, count) => sum - count, 0),
  };
}
