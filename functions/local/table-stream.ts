import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { DEFAULT_REGION } from '../defaults.js';
import type { StreamFilter } from '../search/stream-filter.js';

/**
 * What Lambda's event source mapping does for a DynamoDB stream on AWS, for `npm run dev` and the tests:
 * reads DynamoDB Local's stream of a table from the latest record on, keeps the records the filters pass,
 * and hands them to the handler as a real stream event. A failed batch is handed over again on the next
 * poll (Lambda retries too); closed shards are followed to their children.
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

export async function subscribeToTableStream(options: {
  endpoint: string;
  tableName: string;
  filters: StreamFilter[];
  handler: (event: DynamoDBStreamEvent) => Promise<unknown>;
  onError?: (error: unknown) => void;
  pollMs?: number;
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
  const pending = new Map<string, DynamoDBRecord[]>();

  async function pollShard(shardId: string): Promise<void> {
    const waiting = pending.get(shardId);
    if (waiting) {
      await options.handler({ Records: waiting });
      pending.delete(shardId);
    }
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
      pending.set(shardId, passed);
      await options.handler({ Records: passed });
      pending.delete(shardId);
    }
    if (!NextShardIterator) {
      iterators.delete(shardId);
      for (const child of await describe()) {
        if (child.ParentShardId === shardId && !iterators.has(child.ShardId!))
          iterators.set(child.ShardId!, await iteratorOf(child.ShardId!, 'TRIM_HORIZON'));
      }
    }
  }

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  // Waiters for the end of the next whole poll (the one under way may have read its shards before they were called).
  let waitingForNextPoll: (() => void)[] = [];
  const tick = () => {
    const waiters = waitingForNextPoll;
    waitingForNextPoll = [];
    running = (async () => {
      for (const shardId of [...iterators.keys()]) {
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
