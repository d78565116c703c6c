/**
 * `npm run restore:compare -- --before TABLE --after TABLE`: the drill's comparison of two tables (a stage's
 * table and its restored copy, or the restored copy and the table copied back), part by part: counts, a
 * digest and every differing item by name. Read-only. DYNAMODB_ENDPOINT for a local one; otherwise the AWS
 * credentials and AWS_REGION of the shell. Exits 1 when a part differs.
 */
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDb, createDocumentClient } from '../../data/db.js';
import { DEFAULT_REGION, DEFAULT_TENANT } from '../../defaults.js';
import { differencesOf, figuresOf } from './canonical.js';
import { printComparison } from './report.js';
import { tableSnapshot, type TableSnapshot } from './table-snapshot.js';

async function main(): Promise<boolean> {
  const { values } = parseArgs({ options: { before: { type: 'string' }, after: { type: 'string' } } });
  if (!values.before || !values.after) {
    console.error('Usage: npm run restore:compare -- --before TABLE --after TABLE');
    process.exit(2);
  }
  const region = process.env.AWS_REGION ?? DEFAULT_REGION;
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  const tenant = process.env.VARNA_TENANT ?? DEFAULT_TENANT;
  const client = new DynamoDBClient(
    endpoint ? { region, endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : { region },
  );
  const snapshot = (tableName: string) =>
    tableSnapshot(
      client,
      tableName,
      createDb(createDocumentClient({ tableName, region, endpoint }), tableName),
      tenant,
    );
  const [before, after] = await Promise.all([snapshot(values.before), snapshot(values.after)]);
  const parts = (Object.keys(before) as (keyof TableSnapshot)[]).map((part) => ({
    part,
    before: figuresOf(before[part]),
    after: figuresOf(after[part]),
    differences: differencesOf(before[part], after[part]),
  }));
  printComparison(parts);
  client.destroy();
  return parts.every((part) => part.differences.length === 0);
}

main().then(
  (equal) => process.exit(equal ? 0 : 1),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
