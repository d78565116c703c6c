/**
 * `npm run dev`: DynamoDB Local, the table, sample content on first start, and the API at
 * http://127.0.0.1:$API_PORT/graphql. Ctrl-C / SIGTERM stops everything; data stays under `.data/`.
 */
import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import { createGraphqlHandler } from '../server/lambda.js';
import { ensureTable, startDynamoLocal } from './dynamodb-local.js';
import { defaultDataDir as dataDir, localApiEnvironment, localTableName } from './environment.js';
import { createLocalApiServer } from './http-server.js';
import { loadSampleContent } from './sample-content.js';

// The AWS SDK warns on Node 20 that its 2027 releases need Node 22; Lambda runs Node 24.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const apiPort = Number(process.env.API_PORT ?? 4000);
const dynamoPort = Number(process.env.DYNAMODB_PORT ?? 8000);

async function main() {
  const dynamo = await startDynamoLocal({ port: dynamoPort, path: join(dataDir, 'dynamodb') });
  const stopDynamo = async () => dynamo.stop();
  try {
    const created = await ensureTable(dynamo.endpoint, localTableName);
    const config = loadConfig(await localApiEnvironment({ endpoint: dynamo.endpoint, tableName: localTableName }));
    if (created) {
      const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
      const { documents } = await loadSampleContent(db, config.tenant);
      console.log(`Loaded the example content (${documents} editorial documents and the sample register) into ${localTableName}.`);
    }
    const server = createLocalApiServer(createGraphqlHandler(config), config.maxBodyBytes);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(apiPort, '127.0.0.1', resolve);
    });
    console.log(`Värna API:       http://127.0.0.1:${apiPort}/graphql`);
    console.log(`DynamoDB Local:  ${dynamo.endpoint} (table ${localTableName}, data in ${join(dataDir, 'dynamodb')})`);
    console.log('Tokens:          npm run token -- --role staff|moderator|association [--sub ID]');
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${signal}: stopping…`);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stopDynamo();
      process.exit(0);
    };
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
  } catch (error) {
    await stopDynamo();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
