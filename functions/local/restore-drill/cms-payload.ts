import type { Client } from '@libsql/client';
import type { Payload } from 'payload';
import { pushLocalSchema } from '../../../cms/local-schema.js';
import { setReadModelTarget } from '../../../cms/publishing/read-model-target.js';
import type { LocalSystem } from './local-system.js';

/**
 * The CMS on the system's SQLite file, in this process, as the CMS commands open it (cms/cli/environment.ts):
 * jobs run by the caller, never by timers, no local admin; the read model is the system's table.
 */
export async function openCms(system: LocalSystem): Promise<Payload> {
  Object.assign(process.env, system.cmsEnvironment, {
    CMS_AUTORUN_JOBS: 'false',
    CMS_SYNC_AFTER_RESPONSE: 'false',
    CMS_DEV_ADMIN: 'false',
  });
  delete process.env.DATABASE_URL;
  delete process.env.CMS_SQLITE_URL;
  // As `npm run dev` does: the schema is pushed in a process of its own (cms/local-schema.ts), never in this one.
  pushLocalSchema(process.env);
  setReadModelTarget({ db: system.db, tenant: system.tenant });
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../../cms/payload.config.js');
  return getPayload({ config });
}

/** The SQLite adapter's connection (@payloadcms/db-sqlite keeps its libsql client on the adapter). */
const sqliteAdapter = (payload: Payload) =>
  payload.db as unknown as { client?: Client | undefined; connect(): Promise<void> };

/**
 * Lets go of the database file, as a stopped CMS would: an open connection would keep reading the deleted
 * file. Payload has no call for it (its `destroy` also drops the schema it built at init).
 */
export function disconnectCms(payload: Payload): void {
  const adapter = sqliteAdapter(payload);
  adapter.client?.close();
  adapter.client = undefined;
}

/** Opens the database file again (the restored one), as a CMS starting on it would. */
export async function reconnectCms(payload: Payload): Promise<void> {
  await sqliteAdapter(payload).connect();
}
