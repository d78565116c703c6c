import type { Payload } from 'payload';
import { cmsSettings } from './settings.js';

/** The local admin account the README states. Created by `npm run dev` on a local first run only. */
export const DEV_ADMIN = { email: 'admin@varna.local', password: 'varna-local-admin' } as const;

/**
 * Only the admin that `npm run dev` starts asks for it (CMS_DEV_ADMIN, set by functions/local), and only
 * in a local run (VARNA_LOCAL) on its SQLite file: never the CLI, never a deployed stage or a PostgreSQL database,
 * where a known password would be an open door (there, `npm run cms:create-admin` creates the first admin).
 */
export async function createDevAdmin(payload: Payload): Promise<void> {
  if (process.env.CMS_DEV_ADMIN !== 'true' || !cmsSettings.isLocal() || cmsSettings.databaseUrl()) return;
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true });
  if (totalDocs > 0) return;
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { ...DEV_ADMIN, name: 'Local admin', roles: ['admin', 'editor'] },
  });
  payload.logger.info(`Created the local admin ${DEV_ADMIN.email} (local runs only).`);
}
