/** `npm run cms:migrate`: applies the committed PostgreSQL migrations to the stage's database (DATABASE_URL or the linked CmsDatabase). */
import { committedMigrations } from '../committed-migrations.js';
import { cmsSettings } from '../settings.js';
import { loadPayload, runCli } from './environment.js';

async function main() {
  if (!cmsSettings.databaseUrl()) {
    throw new Error(
      'No PostgreSQL database: set DATABASE_URL, or run under `npx sst shell --stage …` (migrations are for PostgreSQL; the local SQLite file follows the config by itself).',
    );
  }
  const payload = await loadPayload();
  try {
    await payload.db.migrate({ migrations: committedMigrations });
    console.log(
      `Migrated: ${committedMigrations.map((migration) => migration.name).join(', ')} applied or already in place.`,
    );
  } finally {
    await payload.destroy();
  }
}

runCli(main);
