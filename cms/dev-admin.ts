import type { Payload } from 'payload';

/** The local admin account the README states. Created on a local first run only, never in a deployed stage. */
export const DEV_ADMIN = { email: 'admin@varna.local', password: 'varna-local-admin' } as const;

export async function createDevAdmin(payload: Payload): Promise<void> {
  if ((process.env.VARNA_STAGE ?? 'local') !== 'local') return;
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true });
  if (totalDocs > 0) return;
  await payload.create({ collection: 'users', overrideAccess: true, data: { ...DEV_ADMIN, name: 'Local admin', roles: ['admin', 'editor'] } });
  payload.logger.info(`Created the local admin ${DEV_ADMIN.email} (local stage only).`);
}
