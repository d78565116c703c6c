import { createDb, createDocumentClient, type Db } from '../../functions/data/db.js';
import { cmsSettings } from '../settings.js';
import { DEFAULT_REGION, DEFAULT_TENANT } from '../../functions/defaults.js';

/**
 * The API's DynamoDB table, as the CMS's jobs write to it. Read from the environment once, on first use,
 * so that the admin app starts even while the table is unreachable (the jobs then retry).
 */
let target: { db: Db; tenant: string } | undefined;

export function readModelTarget(): { db: Db; tenant: string } {
  if (!target) {
    const tableName = cmsSettings.tableName();
    if (!tableName)
      throw new Error(
        'The CMS does not know which DynamoDB table the API reads: link VarnaTableAccess or set VARNA_TABLE_NAME.',
      );
    const settings = {
      tableName,
      region: process.env.AWS_REGION ?? DEFAULT_REGION,
      endpoint: process.env.DYNAMODB_ENDPOINT,
    };
    target = {
      db: createDb(createDocumentClient(settings), tableName),
      tenant: process.env.VARNA_TENANT ?? DEFAULT_TENANT,
    };
  }
  return target;
}

/** Tests point the CMS at another table. */
export function setReadModelTarget(next: { db: Db; tenant: string } | undefined) {
  target = next;
}
