import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Brings the local SQLite file's schema up to the collections' config, in a short process of its own.
 * Payload pushes a schema with drizzle-kit, and loading drizzle-kit adds enumerable methods to
 * `Array.prototype` and `String.prototype` (its `random`, `camelCase`, …) for the rest of the process.
 * ElectroDB walks arrays with `for…in`, so the read model cannot be written from a process that has
 * loaded it: the admin, the CLI and the tests therefore never push themselves (database.ts), and this runs
 * before them. PostgreSQL needs none of it: its schema changes only through the committed migrations.
 */
export function pushLocalSchema(env: NodeJS.ProcessEnv): void {
  const result = spawnSync(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', path.join(root, 'cms/cli/push-local-schema.ts')],
    {
      cwd: root,
      env: { ...env, CMS_PUSH_SCHEMA: 'true', CMS_AUTORUN_JOBS: 'false', CMS_DEV_ADMIN: 'false' },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0)
    throw new Error(`Preparing the local CMS database failed:\n${result.stderr || result.stdout}`);
}

/** Whether `env` points the CMS at the local SQLite file (no PostgreSQL configured or linked). */
export const usesLocalSqlite = (env: NodeJS.ProcessEnv): boolean =>
  !env.DATABASE_URL && !Object.keys(env).some((name) => name === 'SST_RESOURCE_CmsDatabase');
