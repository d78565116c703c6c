import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Db } from '../data/db.js';

/** Where search stands: the content version, and the version whose indexes are stored (none before the first build). */
export interface SearchPointer {
  version: number;
  built: number | undefined;
}

// search: the pointer an instance compares its index with (one GetItem)
export async function searchPointerOf(db: Db, tenant: string): Promise<SearchPointer> {
  const { data } = await db.entities.searchVersion.get({ tenant }).go();
  return { version: data?.version ?? 0, built: data?.built };
}

// every change to searchable content: the version moves on, and the table's stream wakes the indexer
export async function searchContentChanged(db: Db, tenant: string): Promise<void> {
  await db.entities.searchVersion.update({ tenant }).add({ version: 1 }).go({ response: 'none' });
}

/**
 * Points searches at the indexes of `version` once they are stored; false when a newer build got there
 * first (a build never moves the pointer back).
 */
export async function searchIndexBuilt(db: Db, tenant: string, version: number): Promise<boolean> {
  try {
    await db.entities.searchVersion
      .update({ tenant })
      .set({ built: version })
      .where((attribute, op) => `${op.notExists(attribute.built)} OR ${op.lt(attribute.built, version)}`)
      .go({ response: 'none', originalErr: true });
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
