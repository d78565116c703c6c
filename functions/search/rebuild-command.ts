/**
 * `npm run search:rebuild`: moves the search version on and builds every scope's and locale's index now, as the
 * indexer does after a change (after a restore, when the table's stream has nothing to wake it with). With
 * VARNA_TABLE_NAME (and the stage's AWS credentials) on that table; with nothing set on `npm run dev`'s.
 */
import { loadTableConfig } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import { localApiEnvironment, localDynamoEndpoint, localTableName } from '../local/environment.js';
import { rebuildSearchIndexes } from './indexer.js';
import { searchContentChanged } from './version.js';

async function main() {
  const env = process.env.VARNA_TABLE_NAME
    ? process.env
    : {
        ...process.env,
        ...(await localApiEnvironment({ endpoint: localDynamoEndpoint(), tableName: localTableName })),
      };
  const { dynamo, tenant } = loadTableConfig(env);
  const db = createDb(createDocumentClient(dynamo), dynamo.tableName);
  await searchContentChanged(db, tenant);
  const outcome = await rebuildSearchIndexes(db, tenant, new Date());
  console.log(
    'built' in outcome
      ? `Search index version ${outcome.built} built on ${dynamo.tableName}.`
      : `Search index already at version ${outcome.upToDate} on ${dynamo.tableName} (another build got there first).`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
