/**
 * Internal (cms/local-schema.ts): initialises Payload once on the local SQLite file with schema push on,
 * then exits, taking drizzle-kit's prototype changes with it.
 */
import { getPayload } from 'payload';
import config from '../payload.config.js';

const payload = await getPayload({ config });
await payload.destroy();
process.exit(0);
