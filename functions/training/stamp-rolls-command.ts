/**
 * `npm run training:stamp-rolls`: stamps the training rolls written before rolls carried their training's
 * end, so that the retention job finds them (functions/training/legacy-rolls.ts). Once per stage after
 * deploying; with nothing configured on the DynamoDB Local of `npm run dev`'s data folder, with
 * VARNA_TABLE_NAME (or `sst shell`) on a stage's table.
 */
import { loadTableConfig } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import { localApiEnvironment, localDynamoEndpoint, localTableName } from '../local/environment.js';
import { stampLegacyRolls } from './legacy-rolls.js';

async function main() {
  const env = process.env.VARNA_TABLE_NAME
    ? process.env
    : {
        ...process.env,
        ...(await localApiEnvironment({ endpoint: localDynamoEndpoint(), tableName: localTableName })),
      };
  const config = loadTableConfig(env);
  const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
  const { stamped, fromRegistrations } = await stampLegacyRolls({ db, tenant: config.tenant });
  console.log(
    `Stamped ${stamped} training roll(s) with their training's end (${fromRegistrations} of them, of trainings no longer published, by their latest registration).`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
