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
