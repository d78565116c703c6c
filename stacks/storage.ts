import { tableKeys } from '../functions/data/table';
import { isProduction } from './config';
import { retention } from './retention';

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
      // On-demand capacity; recoverable to any second of the last 35 days (stated, not left to the default).
      args.billingMode = 'PAY_PER_REQUEST';
      args.pointInTimeRecovery = { enabled: true, recoveryPeriodInDays: retention.tablePointInTimeRecoveryDays };
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
 * Versioning keeps what an editor replaced or deleted, and so personal data someone asked to have deleted:
 * noncurrent versions expire after stacks/retention.ts's days, the delete markers they leave are removed, and
 * unfinished multipart uploads are aborted.
 */
export const mediaLifecycle = new aws.s3.BucketLifecycleConfiguration('MediaLifecycle', {
  bucket: media.name,
  rules: [
    {
      id: 'expire-noncurrent-versions',
      status: 'Enabled',
      filter: { prefix: '' },
      noncurrentVersionExpiration: { noncurrentDays: retention.mediaNoncurrentVersionDays },
      expiration: { expiredObjectDeleteMarker: true },
      abortIncompleteMultipartUpload: { daysAfterInitiation: retention.mediaIncompleteUploadDays },
    },
  ],
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
