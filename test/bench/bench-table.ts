import type { Config } from '../../functions/config.js';
import { createDb, createDocumentClient } from '../../functions/data/db.js';
import { ensureTable } from '../../functions/local/dynamodb-local.js';
import { createApiHandler } from '../../functions/server/api.js';
import type { CallCounter } from './dynamo-call-counter.js';

/**
 * What a measurement on a table of its own is given: the API's config, DynamoDB Local behind the call
 * counter, and the counter.
 */
export type TableBenchOptions = { config: Config; dynamoEndpoint: string; counter: CallCounter };

/** The measurement's own table `tableName` (created if need be): a client on it, and the API handler that reads it. */
export async function benchTable(options: TableBenchOptions, tableName: string) {
  await ensureTable(options.dynamoEndpoint, tableName);
  const settings = { ...options.config.dynamo, tableName };
  return {
    db: createDb(createDocumentClient(settings), tableName),
    /** The API's handler on the table, made once the table holds what the measurement reads. */
    apiHandler: () => createApiHandler({ ...options.config, dynamo: settings }),
  };
}
