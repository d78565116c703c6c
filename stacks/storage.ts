import { tableKeys } from '../functions/data/table';
import { isProduction } from './config';

/**
 * The API's one DynamoDB table, declared from the same key definition the code uses
 * (functions/data/table.ts), and the CMS's media bucket.
 */
export const table = new sst.aws.Dynamo('VarnaTable', {
  fields: Object.fromEntries(
    [tableKeys.partitionKey, tableKeys.sortKey, ...Object.values(tableKeys.indexes).flatMap((index) => [index.partitionKey, index.sortKey])].map((name) => [
      name,
      'string' as const,
    ]),
  ),
  primaryIndex: { hashKey: tableKeys.partitionKey, rangeKey: tableKeys.sortKey },
  globalIndexes: Object.fromEntries(Object.entries(tableKeys.indexes).map(([name, index]) => [name, { hashKey: index.partitionKey, rangeKey: index.sortKey }])),
  ttl: tableKeys.timeToLiveAttribute,
  // tableKeys.streamViewType (stacks.test.ts holds them equal): the search indexer's trigger.
  stream: 'keys-only',
  deletionProtection: isProduction,
  transform: {
    table: (args) => {
      // On-demand capacity; recoverable to any second of the last 35 days.
      args.billingMode = 'PAY_PER_REQUEST';
      args.pointInTimeRecovery = { enabled: true };
    },
  },
});

/** Uploaded files of the CMS (signed minutes, images): private, encrypted at rest, versioned. */
export const media = new sst.aws.Bucket('Media', {
  versioning: true,
  transform: {
    bucket: (args) => {
      args.serverSideEncryptionConfiguration = { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } } };
    },
  },
});

/**
 * The table as one function sees it: its name, and only the item operations that function performs, on
 * the table and its indexes (each function links its own).
 */
export const tableLink = (name: string, actions: string[]) =>
  new sst.Linkable(name, {
    properties: { name: table.name },
    include: [sst.aws.permission({ actions: actions.map((action) => `dynamodb:${action}`), resources: [table.arn, $interpolate`${table.arn}/index/*`] })],
  });
