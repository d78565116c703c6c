import { notificationStreamFilter } from '../notifications/stream-filter.js';
import { searchPointerStreamFilter, type StreamFilter } from '../search/stream-filter.js';
import { webhookChangeStreamFilter } from '../webhooks/stream-filter.js';

/**
 * What wakes each deployed function, in one table that the stacks (stacks/*.ts) and `npm run dev`
 * (functions/local/dev.ts) both read, so that adding or changing a trigger is one edit. It imports no SST
 * globals and nothing heavier than the stream filters: the stacks' program bundles it.
 */

/** The table's stream: which records wake the function and, on AWS, how they are batched. */
export interface StreamTrigger {
  /**
   * A Lambda event filter pattern for the records of every municipality (one created at run time included);
   * `npm run dev` applies the same to DynamoDB Local's stream. The handler serves each record's own municipality.
   */
  filter: StreamFilter;
  /** The event source mapping's batching on AWS (Lambda's defaults where absent); `npm run dev` hands over each poll's records. */
  batching?: { batchSize: number; maximumBatchingWindowInSeconds: number };
  /**
   * How long a failing record is retried before it is set aside (on AWS the subscription's on-failure queue, in
   * `npm run dev` a line under `.data/stream-failures/`), so that one record never stalls its shard. Both
   * retry from the first failed record (partial batch responses) and split a failing batch in two.
   */
  retries: { maximumRetryAttempts: number; maximumRecordAgeInSeconds: number };
}

/** A schedule: EventBridge's expression on AWS, and how often `npm run dev` runs the function instead. */
export interface ScheduleTrigger {
  aws: `rate(${string})` | `cron(${string})`;
  /**
   * The dev server's interval in milliseconds, which may be shorter than AWS's so that a developer does not
   * wait for a retry; `undefined`: the dev server does not run it (the entry says why).
   */
  devEveryMs: number | undefined;
}

/** An API Gateway route key: a method (or ANY) and a path, whose last segment may be a greedy `{proxy+}`. */
export type RouteKey = `${'ANY' | 'GET' | 'POST'} /${string}`;

export interface DeployedFunction {
  /** The Lambda's handler as SST takes it: its entry file in functions/handlers/ and the export. */
  handler: `functions/handlers/${string}.handler`;
  /** The HTTP API's routes to it (stacks/api.ts); `npm run dev` routes its requests by the same keys. */
  routes?: RouteKey[];
  stream?: StreamTrigger;
  schedule?: ScheduleTrigger;
}

/** Every deployed function. */
export const deployedFunctions = {
  graphql: { handler: 'functions/handlers/graphql.handler', routes: ['ANY /graphql'] },
  // The calendars (functions/calendar/http.ts) and HSDS open data (functions/open-data/http.ts).
  feeds: { handler: 'functions/handlers/feeds.handler', routes: ['GET /calendar/{proxy+}', 'GET /open-data/{proxy+}'] },
  searchIndexer: {
    handler: 'functions/handlers/search-indexer.handler',
    stream: {
      filter: searchPointerStreamFilter(),
      // A burst of changes (an import, a moderator's session) becomes one build: wait a second for the batch.
      batching: { batchSize: 100, maximumBatchingWindowInSeconds: 1 },
      // A failed build is retried; the next change would rebuild anyway, so a batch is not retried for long.
      retries: { maximumRetryAttempts: 5, maximumRecordAgeInSeconds: 60 * 60 },
    },
  },
  notifier: {
    handler: 'functions/handlers/notifier.handler',
    // New outbox messages; the schedule sweeps for retries (every 15 s locally, so a retry is seen sooner).
    // A record set aside loses nothing: its message waits in the outbox, and the sweep sends it.
    stream: {
      filter: notificationStreamFilter(),
      retries: { maximumRetryAttempts: 5, maximumRecordAgeInSeconds: 60 * 60 },
    },
    schedule: { aws: 'rate(1 minute)', devEveryMs: 15_000 },
  },
  webhookSender: {
    handler: 'functions/handlers/webhook-sender.handler',
    // New changes; the schedule retries deliveries with backoff (every 15 s locally, as the notifier).
    // No sweep queues a change the stream set aside (an operator replays it from the on-failure queue): retried
    // longer than the others, so that an outage of the table (minutes) does not exhaust it.
    stream: {
      filter: webhookChangeStreamFilter(),
      retries: { maximumRetryAttempts: 50, maximumRecordAgeInSeconds: 6 * 60 * 60 },
    },
    schedule: { aws: 'rate(1 minute)', devEveryMs: 15_000 },
  },
  registrationRetention: {
    handler: 'functions/handlers/registration-retention.handler',
    // 03:00 UTC, after the night's backups and before anyone works. Locally daily, and once at start (dev.ts).
    schedule: { aws: 'cron(0 3 * * ? *)', devEveryMs: 24 * 60 * 60 * 1000 },
  },
  trainingReminders: {
    handler: 'functions/handlers/training-reminders.handler',
    // Hourly: a seat at a training starting within the next day is reminded once, about a day before
    // (functions/training/reminders.ts). Locally every 15 minutes, and once at start (dev.ts).
    schedule: { aws: 'rate(1 hour)', devEveryMs: 15 * 60 * 1000 },
  },
  cmsJobs: {
    handler: 'functions/handlers/cms-jobs.handler',
    // A deployed admin has no long-lived process to run its queue; the local admin runs it itself every second.
    schedule: { aws: 'rate(1 minute)', devEveryMs: undefined },
  },
} satisfies Record<string, DeployedFunction>;

export type RoutedFunction = {
  [Name in keyof typeof deployedFunctions]: (typeof deployedFunctions)[Name] extends { routes: RouteKey[] }
    ? Name
    : never;
}[keyof typeof deployedFunctions];

/** Whether a request matches a route key, as API Gateway matches it (a greedy `{proxy+}` takes one segment or more). */
function matches(route: RouteKey, method: string, path: string): boolean {
  const [routeMethod, routePath] = route.split(' ') as [string, string];
  if (routeMethod !== 'ANY' && routeMethod !== method.toUpperCase()) return false;
  const greedy = routePath.endsWith('/{proxy+}');
  if (!greedy) return path === routePath;
  const prefix = routePath.slice(0, -'{proxy+}'.length);
  return path.startsWith(prefix) && path.length > prefix.length;
}

/** The function API Gateway hands a request to, by the routes above; undefined when no route matches (its 404). */
export function routedFunction(method: string, path: string): RoutedFunction | undefined {
  for (const [name, entry] of Object.entries(deployedFunctions) as [
    keyof typeof deployedFunctions,
    DeployedFunction,
  ][]) {
    if (entry.routes?.some((route) => matches(route, method, path))) return name as RoutedFunction;
  }
  return undefined;
}
