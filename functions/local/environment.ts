import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { devIssuerJwks, ensureDevIssuer } from './dev-issuer.js';
import { DEFAULT_REGION, DEFAULT_TENANT } from '../defaults.js';

/** Where `npm run dev` keeps its state: DynamoDB Local's files, the dev issuer's key, local secrets. */
export const defaultDataDir = resolve(process.env.VARNA_DATA_DIR ?? '.data');
export const localTableName = 'varna-local';

/** A random secret generated once per data folder. */
export function localSecret(dataDir: string, name: string): string {
  const file = join(dataDir, name);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** Where `npm run dev` records the address of the DynamoDB Local that keeps a data folder's table. */
const endpointFile = (dataDir: string) => join(dataDir, 'dynamodb-endpoint');

/** Recorded by `npm run dev` while it runs: the commands find the DynamoDB Local of their data folder by it. */
export function recordLocalDynamoEndpoint(dataDir: string, endpoint: string): void {
  writeFileSync(endpointFile(dataDir), endpoint);
}

export function forgetLocalDynamoEndpoint(dataDir: string): void {
  rmSync(endpointFile(dataDir), { force: true });
}

/**
 * The DynamoDB Local that holds `dataDir`'s table, as its `npm run dev` recorded it. A command never
 * guesses a port: with two local instances, a default would reach the other one's people.
 */
export function localDynamoEndpoint(dataDir: string = defaultDataDir): string {
  const file = endpointFile(dataDir);
  if (!existsSync(file))
    throw new Error(
      `No \`npm run dev\` runs on ${dataDir} (it records its DynamoDB Local in ${file}): start it, or set VARNA_DATA_DIR to the data folder of the one you mean.`,
    );
  return readFileSync(file, 'utf8').trim();
}

/**
 * What marks a run as local (`npm run dev`, the CMS commands on its data, the tests): only these
 * environments set it, never the stacks, so a deployed stage, whatever its name, gets nothing local
 * (the dev issuer, local file links, an open first-register).
 */
export const LOCAL_RUN = { VARNA_LOCAL: 'true' } as const;

/**
 * The environment the API reads outside AWS (`npm run dev`, the tests, the bench): the same variables a
 * deployed stage sets, pointing at DynamoDB Local and trusting the dev issuer of `dataDir`.
 */
export async function localApiEnvironment(options: {
  endpoint: string;
  tableName: string;
  stage?: 'local' | 'test';
  dataDir?: string;
}): Promise<Record<string, string>> {
  const dataDir = options.dataDir ?? defaultDataDir;
  const keys = await ensureDevIssuer(dataDir);
  const cursorSecret = localSecret(dataDir, 'cursor-secret');
  const previewSecret = localSecret(dataDir, 'preview-secret');
  return {
    ...LOCAL_RUN,
    VARNA_STAGE: options.stage ?? 'local',
    VARNA_TENANT: process.env.VARNA_TENANT ?? DEFAULT_TENANT,
    VARNA_TABLE_NAME: options.tableName,
    DYNAMODB_ENDPOINT: options.endpoint,
    AWS_REGION: DEFAULT_REGION,
    VARNA_CURSOR_SECRET: cursorSecret,
    // The links the deployed handler reads through `Resource` (stacks/api.ts), as SST passes them.
    SST_RESOURCE_VarnaTableAccess: JSON.stringify({ type: 'sst.sst.Linkable', name: options.tableName }),
    SST_RESOURCE_FeedsTableAccess: JSON.stringify({ type: 'sst.sst.Linkable', name: options.tableName }),
    SST_RESOURCE_SearchIndexerTableAccess: JSON.stringify({ type: 'sst.sst.Linkable', name: options.tableName }),
    SST_RESOURCE_CursorSecret: JSON.stringify({ type: 'sst.sst.Secret', value: cursorSecret }),
    // The CMS signs draft preview links with the same generated secret (localCmsEnvironment).
    VARNA_PREVIEW_SECRET: previewSecret,
    SST_RESOURCE_PreviewSecret: JSON.stringify({ type: 'sst.sst.Secret', value: previewSecret }),
    VARNA_DEV_ISSUER_JWKS: devIssuerJwks(keys),
    VARNA_LOG_LEVEL: process.env.VARNA_LOG_LEVEL ?? 'INFO',
  };
}

/**
 * The environment of the CMS in local mode: SQLite under `dataDir`, DynamoDB Local. The admin that
 * `npm run dev` starts creates the local admin account (CMS_DEV_ADMIN); the CLI turns that off.
 */
export function localCmsEnvironment(options: {
  endpoint: string;
  tableName: string;
  dataDir?: string;
}): Record<string, string> {
  const dataDir = options.dataDir ?? defaultDataDir;
  return {
    ...LOCAL_RUN,
    VARNA_STAGE: 'local',
    VARNA_DATA_DIR: dataDir,
    VARNA_TENANT: process.env.VARNA_TENANT ?? DEFAULT_TENANT,
    VARNA_TABLE_NAME: options.tableName,
    DYNAMODB_ENDPOINT: options.endpoint,
    AWS_REGION: DEFAULT_REGION,
    PAYLOAD_SECRET: localSecret(dataDir, 'payload-secret'),
    // Shared with the local API (localApiEnvironment), which verifies the links.
    VARNA_PREVIEW_SECRET: localSecret(dataDir, 'preview-secret'),
    CMS_DEV_ADMIN: 'true',
    // A save starts its read-model sync right after its response, as on AWS; the admin's every-second job
    // runner stays the retry path.
    CMS_SYNC_AFTER_RESPONSE: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}
