import { createSearchVersionEntity } from '../data/entities/search-version.js';

/**
 * A Lambda event filter pattern for DynamoDB stream records (the subset `npm run dev` also applies:
 * exact values and prefixes under `dynamodb.Keys`, and the event's name).
 */
export type StreamFilter = {
  eventName?: ('INSERT' | 'MODIFY' | 'REMOVE')[];
  dynamodb: { Keys: Record<string, { S: (string | { prefix: string })[] }> };
};

/** An entity whose items are keyed by tenant and id, as ElectroDB builds their keys. */
interface KeyedById {
  get(key: { tenant: string; id: string }): { params<Params>(): Params };
}

/**
 * The stream records of the tenant's new items of an entity keyed by tenant and id (the notifier's outbox
 * messages, the webhook sender's changes): INSERTs under its partition keys up to the id and its sort key, worked
 * out from one item's keys as ElectroDB spells them. Their own later changes (MODIFY) do not pass.
 */
export function newItemsFilter(entity: KeyedById, tenant: string): StreamFilter {
  // Any one-character id: the partition key ends with it.
  const { Key } = entity.get({ tenant, id: 'x' }).params<{ Key: { pk: string; sk: string } }>();
  return {
    eventName: ['INSERT'],
    dynamodb: { Keys: { pk: { S: [{ prefix: Key.pk.slice(0, -1) }] }, sk: { S: [Key.sk] } } },
  };
}

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
