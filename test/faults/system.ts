import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../functions/config.js';
import { createDb, createDocumentClient, type Db } from '../../functions/data/db.js';
import { apiGatewayEvent, lambdaContext } from '../../functions/local/api-gateway-event.js';
import { ensureDevIssuer, signDevToken } from '../../functions/local/dev-issuer.js';
import { ensureTable } from '../../functions/local/dynamodb-local.js';
import { localApiEnvironment } from '../../functions/local/environment.js';
import { createApiHandler } from '../../functions/server/api.js';
import { startDynamoGate, type DynamoGate } from './dynamo-gate.js';

/**
 * The fault suite's system: a table of its own in the run's DynamoDB Local, the API's handler in this process
 * to read what a user sees, and the environment for the children the suite kills, whose DynamoDB calls go
 * through a gate (dynamo-gate.ts). No search indexer listens to the table's stream here: the suite runs the
 * indexer itself, in a child, to kill it.
 */
export interface FaultSystem {
  config: Config;
  db: Db;
  gate: DynamoGate;
  dataDir: string;
  /** The environment of a child: the same table, through the gate. */
  childEnv: Record<string, string>;
  graphql(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ data?: any; errors?: any[] }>;
  token(role: string, sub: string, claims?: { name?: string; email?: string }): Promise<string>;
  /** Every item of the table (a test's small table), for counting what a fault left behind. */
  items(): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export async function startFaultSystem(): Promise<FaultSystem> {
  const endpoint = inject('dynamoEndpoint');
  const tableName = `varna-faults-${randomUUID()}`;
  await ensureTable(endpoint, tableName);
  const dataDir = mkdtempSync(join(tmpdir(), 'varna-faults-'));
  const keys = await ensureDevIssuer(dataDir);
  const environment = {
    ...(await localApiEnvironment({ endpoint, tableName, stage: 'test', dataDir })),
    VARNA_LOG_LEVEL: 'SILENT',
  };
  const config = loadConfig(environment);
  const handler = createApiHandler(config);
  const db = createDb(createDocumentClient(config.dynamo), tableName);
  const gate = await startDynamoGate(endpoint);
  const client = new DynamoDBClient({
    endpoint,
    region: config.dynamo.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    config,
    db,
    gate,
    dataDir,
    childEnv: { ...environment, DYNAMODB_ENDPOINT: gate.endpoint },
    async graphql(query, variables, token) {
      const result = await handler(
        apiGatewayEvent({
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        }),
        lambdaContext('faults'),
      );
      return JSON.parse(result.body ?? '{}');
    },
    token: (role, sub, claims) => signDevToken(keys, { role, sub, ...claims }),
    async items() {
      const found: Record<string, unknown>[] = [];
      let start: Record<string, any> | undefined;
      do {
        const page = await client.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }));
        found.push(...(page.Items ?? []).map((item) => unmarshall(item)));
        start = page.LastEvaluatedKey;
      } while (start);
      return found;
    },
    async close() {
      await gate.close();
      client.destroy();
    },
  };
}
