/**
 * Internal (cms/local-schema.ts): initialises Payload once on the local SQLite file with schema push on,
 * then exits, taking drizzle-kit's prototype changes with it. The database then has its default municipality
 * and everything from before municipalities belongs to it (issue 32; PostgreSQL: the migration does the same).
 */
import { getPayload } from 'payload';
import config from '../payload.config.js';
import { backfillLocalTenants, ensureDefaultMunicipality } from '../tenancy/bootstrap.js';

const payload = await getPayload({ config });
await backfillLocalTenants(payload, await ensureDefaultMunicipality(payload));
await payload.destroy();
process.exit(0);
