import path from 'node:path';
import { postgresAdapter } from '@payloadcms/db-postgres';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import type { DatabaseAdapterObj } from 'payload';
import { localDataDir } from './local-data-dir.js';
import { cmsSettings } from './settings.js';

/**
 * PostgreSQL when linked on AWS or DATABASE_URL is set (deployed stages and its tests; schema changes only through the
 * committed migrations), otherwise SQLite in a file under `.data/` (local work; its schema follows the config
 * by a push in a process of its own, see local-schema.ts).
 */
export function databaseAdapter(cmsDir: string): DatabaseAdapterObj {
  const migrationDir = path.resolve(cmsDir, 'migrations');
  const databaseUrl = cmsSettings.databaseUrl();
  if (databaseUrl) {
    return postgresAdapter({ pool: { connectionString: databaseUrl }, migrationDir, push: false });
  }
  const dataDir = localDataDir();
  const url = process.env.CMS_SQLITE_URL ?? `file:${path.join(dataDir, 'cms.db')}`;
  // The committed migrations are PostgreSQL's; the local SQLite file follows the config by schema push,
  // which only pushLocalSchema()'s own process does.
  // `npm run dev`'s admin and the CMS commands (cms:import, cms:resync) share the file: WAL lets one read
  // while the other writes, and a busy timeout makes a writer wait for the other instead of failing.
  return sqliteAdapter({
    client: { url },
    migrationDir: path.join(dataDir, 'sqlite-migrations'),
    push: cmsSettings.pushesLocalSchema(),
    wal: true,
    busyTimeout: 10_000,
  });
}
