import type { Db } from '../data/db.js';

// search: the content version the caller's index must have been built at (one GetItem)
export async function searchVersionOf(db: Db, tenant: string): Promise<number> {
  const { data } = await db.entities.searchVersion.get({ tenant }).go();
  return data?.version ?? 0;
}

// every change to searchable content: the version moves on, and instances rebuild their index on their next search
export async function searchContentChanged(db: Db, tenant: string): Promise<void> {
  await db.entities.searchVersion.update({ tenant }).add({ version: 1 }).go();
}
