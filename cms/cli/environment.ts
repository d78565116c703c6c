import { resolve } from 'node:path';
import {
  defaultDataDir,
  localCmsEnvironment,
  localDynamoEndpoint,
  localTableName,
} from '../../functions/local/environment.js';
import { pushLocalSchema, usesLocalSqlite } from '../local-schema.js';

/** What says that a CLI run targets a configured (deployed) CMS: then nothing local is filled in. */
const configuredBy = ['DATABASE_URL', 'PAYLOAD_SECRET', 'VARNA_STAGE', 'VARNA_TABLE_NAME', 'DYNAMODB_ENDPOINT'];

/**
 * The variables the CMS commands add to `env`. With nothing configured they work on `npm run dev`'s data
 * (its SQLite file and the DynamoDB Local that `npm run dev` recorded for that data folder, local stage). As soon as anything points elsewhere (DATABASE_URL,
 * PAYLOAD_SECRET, a stage, or the links `sst shell` passes as SST_RESOURCE_*), they add nothing local:
 * the stage, the database and the table come from that configuration alone, never from a guess.
 */
export function cliEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  // The CLI runs the sync jobs itself, to completion (no timers, no Next.js request to run them after),
  // and never creates the local admin.
  const always = { CMS_AUTORUN_JOBS: 'false', CMS_SYNC_AFTER_RESPONSE: 'false', CMS_DEV_ADMIN: 'false' };
  const configured =
    configuredBy.some((name) => env[name]) || Object.keys(env).some((name) => name.startsWith('SST_RESOURCE_'));
  if (configured) return always;
  const dataDir = env.VARNA_DATA_DIR ? resolve(env.VARNA_DATA_DIR) : defaultDataDir;
  const local = localCmsEnvironment({ endpoint: localDynamoEndpoint(dataDir), tableName: localTableName, dataDir });
  return { ...local, ...always };
}

export async function loadPayload() {
  Object.assign(process.env, cliEnvironment(process.env));
  if (usesLocalSqlite(process.env)) pushLocalSchema(process.env);
  const { getPayload } = await import('payload');
  const { default: config } = await import('../payload.config.js');
  return getPayload({ config });
}

/** Runs a CLI's main: exit 0 when done, or print the error's message (no stack for expected errors) and exit 1. */
export function runCli(
  main: () => Promise<void>,
  isExpected: (error: unknown) => boolean = (error) => error instanceof Error,
): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(isExpected(error) && error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
