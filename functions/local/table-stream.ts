import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { DEFAULT_REGION } from '../defaults.js';
import type { StreamTrigger } from '../handlers/triggers.js';
import type { StreamFilter } from '../search/stream-filter.js';

/**
 * What Lambda's event source mapping does for a DynamoDB stream on AWS, for `npm run dev` and the tests:
 * reads DynamoDB Local's stream of a table from the latest record on, keeps the records the filters pass,
 * and hands them to the handler as a real stream event. As the stacks configure every mapping
 * (ReportBatchItemFailures, bisect on error, bounded retries): a partial batch response is retried from its
 * first failed record, a thrown batch is split in two, and a record still failing after the trigger's retries
 * (or older than its maximum age) is set aside and the shard moves on, so that nothing stalls. Retries wait
 * a growing pause, so that a DynamoDB Local restart (seconds) does not use them up. Closed shards are
 * followed to their children.
 */
export interface TableStreamSubscription {
  /** Settles once a whole poll that began after the call has handed over what the stream held: an event to wait on, not a clock. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

type Filter = StreamFilter['dynamodb']['Keys'][string]['S'][number];
const valueMatches = (allowed: Filter[], value: string | undefined) =>
  value !== undefined &&
  allowed.some((rule) => (typeof rule === 'string' ? rule === value : value.startsWith(rule.prefix)));

/** Whether a record passes one filter pattern (exact values and prefixes of string keys, event names: what the stacks use). */
export const passesFilter = (record: Pick<_Record, 'eventName' | 'dynamodb'>, filter: StreamFilter) =>
  (!filter.eventName || (record.eventName !== undefined && filter.eventName.includes(record.eventName))) &&
  Object.entries(filter.dynamodb.Keys).every(([name, { S }]) => valueMatches(S, record.dynamodb?.Keys?.[name]?.S));

/** The SDK's record as Lambda delivers it (creation time in epoch seconds, the stream's ARN beside it). */
const lambdaRecord = (record: _Record, streamArn: string): DynamoDBRecord =>
  ({
    ...record,
    eventSourceARN: streamArn,
    dynamodb: {
      ...record.dynamodb,
      ApproximateCreationDateTime: Math.floor(
        (record.dynamodb?.ApproximateCreationDateTime?.getTime() ?? Date.now()) / 1000,
      ),
    },
  }) as DynamoDBRecord;

/** Records a handler failed on after its retries, handed to the subscription's on-failure "destination". */
export interface SetAsideRecords {
  records: DynamoDBRecord[];
  /** How often the last of them failed (the first attempt and the retries). */
  attempts: number;
  /** Why: its retries ran out, or it grew older than the trigger's maximum age. */
  reason: 'retries exhausted' | 'record too old';
  /** The handler's error, when it threw (a partial batch response names no error). */
  error?: unknown;
}

/** Lambda's default for a mapping's retries would be forever; the local poller never retries without bound. */
const defaultRetries: StreamTrigger['retries'] = { maximumRetryAttempts: 5, maximumRecordAgeInSeconds: 60 * 60 };

/** A batch waiting on a shard: its records, how often it failed, and when it is retried. */
interface PendingBatch {
  records: DynamoDBRecord[];
  attempts: number;
  retryAt: number;
}

/** What one invocation left to retry: nothing, the records from the first reported failure on, or the whole batch (it threw). */
type Invocation =
  | { outcome: 'done' }
  | { outcome: 'partial'; retryFrom: number; failed: DynamoDBRecord[] }
  | { outcome: 'threw'; error: unknown };

async function invoke(handler: (event: DynamoDBStreamEvent) => Promise<unknown>, records: DynamoDBRecord[]) {
  let result: unknown;
  try {
    result = await handler({ Records: records });
  } catch (error) {
    return { outcome: 'threw', error } satisfies Invocation;
  }
  const failures = (result as Partial<DynamoDBBatchResponse> | undefined)?.batchItemFailures ?? [];
  if (failures.length === 0) return { outcome: 'done' } satisfies Invocation;
  const ids = new Set(failures.map((failure) => failure.itemIdentifier));
  const retryFrom = records.findIndex((record) => ids.has(record.dynamodb?.SequenceNumber ?? ''));
  // An identifier that names no record of the batch: Lambda takes the whole batch as failed.
  if (retryFrom < 0)
    return {
      outcome: 'threw',
      error: new Error('batchItemFailures named no record of the batch'),
    } satisfies Invocation;
  const failed = records.filter((record) => ids.has(record.dynamodb?.SequenceNumber ?? ''));
  return { outcome: 'partial', retryFrom, failed } satisfies Invocation;
}

export async function subscribeToTableStream(options: {
  endpoint: string;
  tableName: string;
  filters: StreamFilter[];
  handler: (event: DynamoDBStreamEvent) => Promise<unknown>;
  /** A poll or an invocation that failed (retried as above); what is set aside goes to `onSetAside`. */
  onError?: (error: unknown) => void;
  /** The trigger's bounded retries (functions/handlers/triggers.ts). */
  retries?: StreamTrigger['retries'];
  /** The local on-failure destination; by default a line on stderr. */
  onSetAside?: (setAside: SetAsideRecords) => void;
  pollMs?: number;
  /** The pause before the first retry of a failed batch, doubling after each (at most 30 s). */
  retryBackoffMs?: number;
}): Promise<TableStreamSubscription> {
  const settings = {
    endpoint: options.endpoint,
    region: DEFAULT_REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  };
  const tables = new DynamoDBClient(settings);
  const streams = new DynamoDBStreamsClient(settings);
  const { Table } = await tables.send(new DescribeTableCommand({ TableName: options.tableName }));
  tables.destroy();
  const streamArn = Table?.LatestStreamArn;
  if (!streamArn)
    throw new Error(`Table ${options.tableName} has no stream; it is created with one (functions/data/table.ts).`);
  const retries = options.retries ?? defaultRetries;
  const backoffMs = (attempts: number) => Math.min(30_000, (options.retryBackoffMs ?? 1000) * 2 ** (attempts - 1));
  const setAside =
    options.onSetAside ??
    ((report: SetAsideRecords) =>
      console.error(
        `Stream records set aside after ${report.attempts} attempts (${report.reason}):`,
        report.records.map((record) => ({ ...record.dynamodb?.Keys, sequenceNumber: record.dynamodb?.SequenceNumber })),
      ));

  const iteratorOf = async (shardId: string, type: 'LATEST' | 'TRIM_HORIZON') =>
    (
      await streams.send(
        new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: type }),
      )
    ).ShardIterator;
  const describe = async () =>
    (await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }))).StreamDescription?.Shards ?? [];

  // The open shards from now on; a closed shard's children from their beginning.
  const iterators = new Map<string, string | undefined>();
  for (const shard of await describe()) {
    if (!shard.SequenceNumberRange?.EndingSequenceNumber)
      iterators.set(shard.ShardId!, await iteratorOf(shard.ShardId!, 'LATEST'));
  }
  let stopped = false;
  // Each shard's batches still to hand over, in order: a shard reads on only once they are done or set aside.
  const pending = new Map<string, PendingBatch[]>();

  /** Hands over a shard's waiting batches in order; false while the first waits for its retry. */
  async function drain(queue: PendingBatch[]): Promise<boolean> {
    while (queue.length > 0) {
      const batch = queue[0]!;
      if (Date.now() < batch.retryAt) return false;
      const invocation = await invoke(options.handler, batch.records);
      if (invocation.outcome === 'done') {
        queue.shift();
        continue;
      }
      if (invocation.outcome === 'threw' && !stopped) options.onError?.(invocation.error);
      if (invocation.outcome === 'threw' && batch.records.length > 1) {
        // Bisect on error: each half on its own; a split does not count as a retry (as on AWS).
        const half = Math.ceil(batch.records.length / 2);
        queue.splice(
          0,
          1,
          { ...batch, records: batch.records.slice(0, half) },
          { ...batch, records: batch.records.slice(half) },
        );
        continue;
      }
      const failed = invocation.outcome === 'partial' ? invocation.failed : batch.records;
      const remaining = invocation.outcome === 'partial' ? batch.records.slice(invocation.retryFrom) : batch.records;
      const attempts = batch.attempts + 1;
      const created = remaining[0]?.dynamodb?.ApproximateCreationDateTime ?? Date.now() / 1000;
      const tooOld = Date.now() / 1000 - created > retries.maximumRecordAgeInSeconds;
      if (attempts > retries.maximumRetryAttempts || tooOld) {
        // The records after the failed ones were handled in this very invocation: only the failed go aside.
        setAside({
          records: failed,
          attempts,
          reason: tooOld ? 'record too old' : 'retries exhausted',
          ...(invocation.outcome === 'threw' ? { error: invocation.error } : {}),
        });
        queue.shift();
        continue;
      }
      queue[0] = { records: remaining, attempts, retryAt: Date.now() + backoffMs(attempts) };
      return false;
    }
    return true;
  }

  async function pollShard(shardId: string): Promise<void> {
    const queue = pending.get(shardId) ?? [];
    pending.set(shardId, queue);
    if (!(await drain(queue))) return;
    const iterator = iterators.get(shardId);
    if (!iterator) return;
    let answer;
    try {
      answer = await streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
    } catch (error) {
      // An iterator past the shard's oldest record (trimmed) or too old to use: start again from the oldest
      // record still there, as Lambda's mapping does; the handlers take a record twice without harm.
      const name = (error as { name?: string }).name;
      if (name !== 'TrimmedDataAccessException' && name !== 'ExpiredIteratorException') throw error;
      iterators.set(shardId, await iteratorOf(shardId, 'TRIM_HORIZON'));
      return;
    }
    const { Records = [], NextShardIterator } = answer;
    iterators.set(shardId, NextShardIterator);
    const passed = Records.filter((record) => options.filters.some((filter) => passesFilter(record, filter))).map(
      (record) => lambdaRecord(record, streamArn!),
    );
    if (passed.length > 0) {
      queue.push({ records: passed, attempts: 0, retryAt: 0 });
      await drain(queue);
    }
    if (!NextShardIterator) {
      iterators.delete(shardId);
      if (queue.length === 0) pending.delete(shardId);
      for (const child of await describe()) {
        if (child.ParentShardId === shardId && !iterators.has(child.ShardId!))
          iterators.set(child.ShardId!, await iteratorOf(child.ShardId!, 'TRIM_HORIZON'));
      }
    }
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  // Waiters for the end of the next whole poll (the one under way may have read its shards before they were called).
  let waitingForNextPoll: (() => void)[] = [];
  const tick = () => {
    const waiters = waitingForNextPoll;
    waitingForNextPoll = [];
    running = (async () => {
      // The open shards, and a closed one whose last batch still waits for its retry.
      const busy = [...pending].filter(([, queue]) => queue.length > 0).map(([shardId]) => shardId);
      for (const shardId of new Set([...busy, ...iterators.keys()])) {
        try {
          await pollShard(shardId);
        } catch (error) {
          if (!stopped) options.onError?.(error);
        }
      }
    })().finally(() => {
      for (const settle of waiters) settle();
      if (!stopped) timer = setTimeout(tick, options.pollMs ?? 200).unref();
    });
  };
  tick();
  return {
    caughtUp: () => new Promise<void>((settle) => waitingForNextPoll.push(settle)),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      for (const settle of waitingForNextPoll) settle();
      streams.destroy();
    },
  };
}
