import { createSearchVersionEntity } from '../data/entities/search-version.js';

/**
 * A Lambda event filter pattern for DynamoDB stream records (the subset `npm run dev` also applies:
 * exact values and prefixes under `dynamodb.Keys`, and the event's name).
 */
export type StreamFilter = {
  eventName?: ('INSERT' | 'MODIFY' | 'REMOVE')[];
  dynamodb: { Keys: Record<string, { S: (string | { prefix: string })[] }> };
};

type TableKeys = { pk: string; sk: string };

/** An entity whose items are keyed by tenant and id, as ElectroDB builds their keys. */
interface KeyedById {
  get(key: { tenant: string; id: string }): { params<Params>(): Params };
}

/** The longest start two strings share. */
function sharedStart(one: string, other: string): string {
  let length = 0;
  while (length < one.length && one[length] === other[length]) length++;
  return one.slice(0, length);
}

/**
 * The keys of an entity's items of every municipality: the partition key's prefix up to the tenant (what two
 * municipalities' keys share, as ElectroDB spells them) and the sort key exactly, so that a municipality created at
 * run time is matched with no change to the subscription. The handler reads the municipality back from the keys
 * (functions/tenancy/record-tenant.ts) and refuses a key that only looks like one.
 */
function everyMunicipalitysKeys(keysOf: (tenant: string) => TableKeys): StreamFilter['dynamodb'] {
  const [one, other] = [keysOf('a'), keysOf('b')];
  if (one.sk !== other.sk)
    throw new Error('The sort key holds the tenant: no prefix of the partition key matches every municipality.');
  return { Keys: { pk: { S: [{ prefix: sharedStart(one.pk, other.pk) }] }, sk: { S: [one.sk] } } };
}

/**
 * The stream records of new items of an entity keyed by tenant and id, of every municipality (the notifier's outbox
 * messages, the webhook sender's changes): INSERTs under its partition key's prefix up to the tenant and its sort
 * key, worked out from items' keys as ElectroDB spells them. Their own later changes (MODIFY) do not pass.
 */
export function newItemsFilter(entity: KeyedById): StreamFilter {
  return {
    eventName: ['INSERT'],
    dynamodb: everyMunicipalitysKeys((tenant) => entity.get({ tenant, id: 'x' }).params<{ Key: TableKeys }>().Key),
  };
}

/**
 * The stream records that wake the search indexer: writes to any municipality's search pointer, matched on its
 * keys (ElectroDB's, worked out here so that the stack and the code cannot disagree). The indexer's own move of a
 * pointer passes too and finds nothing to do.
 */
export function searchPointerStreamFilter(): StreamFilter {
  const pointers = createSearchVersionEntity({ table: 'search-pointer-filter' });
  return { dynamodb: everyMunicipalitysKeys((tenant) => pointers.get({ tenant }).params<{ Key: TableKeys }>().Key) };
}
