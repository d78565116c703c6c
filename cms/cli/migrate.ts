/** `npm run cms:migrate`: applies the committed PostgreSQL migrations to DATABASE_URL. */
import { migrations } from '../migrations/index.js';
import { loadPayload, runCli } from './environment.js';

async function main() {
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set: migrations are for PostgreSQL (local SQLite follows the config by itself).');
  const payload = await loadPayload();
  try {
    await payload.db.migrate({ migrations: migrations as never });
    console.log(`Migrated: ${migrations.map((migration) => migration.name).join(', ')} applied or already in place.`);
  } finally {
    await payload.destroy();
  }
}

runCli(main);
