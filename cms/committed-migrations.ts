import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres';
import type { Migration } from 'payload';
import { migrations } from './migrations/index.js';

type PostgresMigrationArgs = MigrateUpArgs & MigrateDownArgs;

/** What the adapter hands a migration (@payloadcms/drizzle's migrate): its transaction's Drizzle, Payload, the request. */
const isPostgresMigrationArgs = (args: unknown): args is PostgresMigrationArgs =>
  typeof args === 'object' && args !== null && 'db' in args && 'payload' in args && 'req' in args;

const postgresMigrationArgs = (args: unknown): PostgresMigrationArgs => {
  if (!isPostgresMigrationArgs(args))
    throw new Error('A migration was run without the adapter’s { db, payload, req }.');
  return args;
};

/**
 * The committed PostgreSQL migrations as `payload.db.migrate()` takes them: Payload types a migration's
 * argument `unknown` (it is the adapter's), the generated ones take PostgreSQL's { db, payload, req }.
 */
export const committedMigrations: Migration[] = migrations.map(({ name, up, down }) => ({
  name,
  up: (args) => up(postgresMigrationArgs(args)),
  down: (args) => down(postgresMigrationArgs(args)),
}));
