import { tableKeys } from '../functions/data/table';
import type { DeployedFunction, StreamTrigger } from '../functions/handlers/triggers';
import { functionDefaults, isProduction } from './config';
import { retention } from './retention';

/**
 * The API's one DynamoDB table, declared from the same key definition the code uses
 * (functions/data/table.ts), and the CMS's media bucket.
 */
export const table = new sst.aws.Dynamo('VarnaTable', {
  fields: Object.fromEntries(
    [
      tableKeys.partitionKey,
      tableKeys.sortKey,
      ...Object.values(tableKeys.indexes).flatMap((index) => [index.partitionKey, index.sortKey]),
    ].map((name) => [name, 'string' as const]),
  ),
  primaryIndex: { hashKey: tableKeys.partitionKey, rangeKey: tableKeys.sortKey },
  globalIndexes: Object.fromEntries(
    Object.entries(tableKeys.indexes).map(([name, index]) => [
      name,
      { hashKey: index.partitionKey, rangeKey: index.sortKey },
    ]),
  ),
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

/** How long a set-aside record's report waits in its queue for an operator: SQS's longest. */
const streamFailureRetentionSeconds = 14 * 24 * 60 * 60;

/**
 * A function's subscription to the table's stream as functions/handlers/triggers.ts states it: the records of
 * every municipality that wake it (one created at run time too, with no deploy), its batching, and a failing
 * record's bounded retries. Every subscription reports partial batch failures (so a record before a failed one is
 * never retried), splits a batch that throws, and sends what still fails after its retries to `failureQueue` (the
 * shard moves on: nothing stalls it).
 */
export function streamSubscription({ filter, batching, retries }: StreamTrigger, failureQueue: $util.Input<string>) {
  const filters = [filter];
  const eventSourceMapping = (args: aws.lambda.EventSourceMappingArgs): undefined => {
    Object.assign(args, batching ?? {}, retries, {
      functionResponseTypes: ['ReportBatchItemFailures'],
      bisectBatchOnFunctionError: true,
      destinationConfig: { onFailure: { destinationArn: failureQueue } },
    });
  };
  return { filters, transform: { eventSourceMapping } };
}

/**
 * A function on the table's stream with its on-failure queue: encrypted, keeping a report 14 days. For a stream,
 * Lambda's report names the shard and the batch's sequence numbers, not the item; the function's log names each
 * failed record's keys (functions/server/stream-batch.ts). The function's role may send to the queue (Lambda
 * sends as the function), and stacks/monitoring.ts alarms on any report in it.
 */
export function streamSubscriber(name: string, job: Omit<sst.aws.FunctionArgs, 'permissions'>, trigger: StreamTrigger) {
  const failures = new sst.aws.Queue(`${name}StreamFailures`, {
    transform: {
      queue: (args) => {
        args.messageRetentionSeconds = streamFailureRetentionSeconds;
        args.sqsManagedSseEnabled = true;
      },
    },
  });
  const subscriber = table.subscribe(
    name,
    { ...job, permissions: [{ actions: ['sqs:SendMessage'], resources: [failures.arn] }] },
    streamSubscription(trigger, failures.arn),
  );
  return { subscriber, failures };
}

/**
 * A function that new records on the table's stream wake and a schedule sweeps, for retries and what a sender
 * left (the notifier, the webhook sender): one function, subscribed and on a cron, as
 * functions/handlers/triggers.ts states both. A run ends well within the minute between sweeps.
 */
export function streamedAndSwept(
  names: { onStream: string; sweep: string },
  { handler, stream, schedule }: Required<Pick<DeployedFunction, 'handler' | 'stream' | 'schedule'>>,
  own: Pick<sst.aws.FunctionArgs, 'link' | 'environment'>,
) {
  const job = { ...functionDefaults, handler, timeout: '50 seconds' as const, ...own };
  const { subscriber, failures } = streamSubscriber(names.onStream, job, stream);
  return {
    onStream: subscriber,
    streamFailures: failures,
    sweep: new sst.aws.Cron(names.sweep, { schedule: schedule.aws, job }),
  };
}

/** Uploaded files of the CMS (signed minutes, images): private, encrypted at rest, versioned. */
export const media = new sst.aws.Bucket('Media', {
  versioning: true,
  transform: {
    bucket: (args) => {
      args.serverSideEncryptionConfiguration = {
        rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } },
      };
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
 * The partitions of the register's audit trail (functions/data/entities/register-decision.ts), as IAM's
 * `dynamodb:LeadingKeys` sees them: ElectroDB keys every decision record `$varna#tenant_<tenant>#associationid_<id>`
 * (the byAssociation index's partition key), a key no other entity writes on the table (stacks.test.ts
 * checks both against the entities themselves).
 */
export const auditPartitions = ['$varna#tenant_*#associationid_*'];

/**
 * What a function may do to the audit trail. The records are append-only: no role may delete them, and
 * only the API (and the CMS, which shares its link) may create them, each as a put conditional on nothing
 * being there. IAM cannot see a put's condition, so an overwriting put by those two roles is held off by
 * the application alone. `redacts`: the registrations' retention job, the one role that may update old
 * records, to blank their free-text reasons.
 */
export type AuditTrailAccess = 'appends' | 'redacts' | 'none';

/**
 * The table as one function sees it: its name, and only the item operations that function performs, on
 * the table and its indexes (each function links its own), and never a change to the audit trail beyond
 * what `audit` allows (a deny, so no later grant can widen it).
 */
export const tableLink = (name: string, actions: string[], audit: AuditTrailAccess = 'none') =>
  new sst.Linkable(name, {
    properties: { name: table.name },
    include: [
      sst.aws.permission({
        actions: actions.map((action) => `dynamodb:${action}`),
        resources: [table.arn, $interpolate`${table.arn}/index/*`],
      }),
      sst.aws.permission({
        effect: 'deny',
        actions: [
          'DeleteItem',
          'BatchWriteItem',
          ...(audit === 'redacts' ? [] : ['UpdateItem']),
          ...(audit === 'appends' ? [] : ['PutItem']),
        ].map((action) => `dynamodb:${action}`),
        resources: [table.arn],
        conditions: [{ test: 'ForAnyValue:StringLike', variable: 'dynamodb:LeadingKeys', values: auditPartitions }],
      }),
    ],
  });
