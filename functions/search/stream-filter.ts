import { createSearchVersionEntity } from '../data/entities/search-version.js';

/**
 * A Lambda event filter pattern for DynamoDB stream records (the subset `npm run dev` also applies:
 * exact values and prefixes under `dynamodb.Keys`, and the event's name).
 */
export type StreamFilter = {
  eventName?: ('INSERT' | 'MODIFY' | 'REMOVE')[];
  dynamodb: { Keys: Record<string, { S: (string | { prefix: string })[] }> };
};

/**
 * The stream records that wake the search indexer: writes to the tenant's search pointer, matched on its
 * exact keys (ElectroDB's, worked out here so that the stack and the code cannot disagree). The indexer's
 * own move of the pointer passes too and finds nothing to do.
 */
export function searchPointerStreamFilter(tenant: string): StreamFilter {
  const { Key } = createSearchVersionEntity({ table: 'search-pointer-filter' })
    .get({ tenant })
    .params<{ Key: { pk: string; sk: string } }>();
  return { dynamodb: { Keys: { pk: { S: [Key.pk] }, sk: { S: [Key.sk] } } } };
}
