import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * The one DynamoDB table of Värna. This definition is the single source of truth for its keys and
 * indexes: `npm run dev` creates the local table from it and the SST storage stack declares it.
 *
 * Which key serves which contract read (every list is one Query per page; nothing scans):
 *
 * | read                                   | key / index | partition                              | sort          |
 * |----------------------------------------|-------------|----------------------------------------|---------------|
 * | supportResource(slug), page(slug)      | table       | tenant · scope · key                   | entity        |
 * | supportResources                       | gsi1        | tenant · scope                         | priority·title|
 * | organisations (InternalContacts too)   | gsi1        | tenant · scope                         | name          |
 * | councilMeetings                        | gsi1        | tenant · scope                         | startsAt      |
 * | trainings                              | gsi1        | tenant · scope                         | startsAt      |
 * | districts                              | gsi1        | tenant                                 | name          |
 * | associations (public / moderation)     | gsi1        | tenant · status                        | name          |
 * | activities (calendar / moderation)     | gsi1        | tenant · status                        | startsAt      |
 * | viewer.association                     | gsi2        | tenant · account                       | entity        |
 * | association.activities                 | gsi2        | tenant · association                   | startsAt      |
 * | retention job: training rolls by end   | gsi1        | tenant (training rolls)                | endsAt        |
 * | provider, districts, participants, association (relations) | table (BatchGet) | tenant · scope · key / id | entity |
 *
 * `scope` is `public` or `staff`: publishing writes a staff copy of every document and a public copy
 * only of PUBLIC ones, stripped of what the public may not see (contact persons without consent,
 * internal minutes). Anonymous callers read only `public` partitions, so no filter can leak an INTERNAL
 * item: it is not there.
 */
export const tableKeys = {
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: {
    gsi1: { partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    gsi2: { partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  },
  /** Idempotency keys and rate-limit counters expire through DynamoDB TTL on this attribute. */
  timeToLiveAttribute: 'expiresAt',
  /** The table's stream carries keys only: the search indexer needs to know that its pointer moved, nothing more. */
  streamViewType: 'KEYS_ONLY',
} as const;

/** The CreateTable input for DynamoDB Local and tests; the storage stack maps the same `tableKeys`. */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const attributeNames = [
    tableKeys.partitionKey,
    tableKeys.sortKey,
    ...Object.values(tableKeys.indexes).flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    StreamSpecification: { StreamEnabled: true, StreamViewType: tableKeys.streamViewType },
    AttributeDefinitions: attributeNames.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: tableKeys.partitionKey, KeyType: 'HASH' },
      { AttributeName: tableKeys.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: Object.entries(tableKeys.indexes).map(([indexName, index]) => ({
      IndexName: indexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
  };
}
