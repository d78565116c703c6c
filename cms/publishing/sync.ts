import type { Payload } from 'payload';
import { publish, unpublish, type WriteOutcome } from '../../functions/read-model/publish.js';
import { contentTypeOfCollection, type EditorialCollection } from '../../functions/content-types/index.js';
import { toDocument } from './to-document.js';
import { readModelTarget } from './read-model-target.js';

export interface SyncRequest {
  collection: EditorialCollection;
  id: string;
  key: string;
  /** When the change happened in the CMS (ms), captured by the hook: a deletion's only revision. */
  revision?: number | undefined;
}

/**
 * Brings one document's read-model copy in line with its published state in the CMS, as it is now:
 * published → publish(), anything else (a draft, unpublished, deleted) → unpublish(). The read model
 * follows the document's id, so a key change retires the old key's copies; the revision is the
 * document's updatedAt, or the deletion's time, so racing and retried syncs settle on the newest state.
 */
export async function syncDocument(
  payload: Payload,
  request: SyncRequest,
): Promise<{ action: 'publish' | 'unpublish'; outcome: WriteOutcome; deleted: boolean; revision: number }> {
  const { db, tenant } = readModelTarget();
  const doc = await payload.findByID({ collection: request.collection, id: request.id, depth: 1, locale: 'all', draft: false, overrideAccess: true, disableErrors: true });
  const documentId = String(request.id);
  if (doc && doc._status === 'published') {
    return {
      action: 'publish',
      outcome: await publish(db, tenant, toDocument(payload.collections[request.collection].config, doc), { documentId }),
      deleted: false,
      revision: Date.parse(doc.updatedAt),
    };
  }
  const revision = doc ? Date.parse(doc.updatedAt) : (request.revision ?? Date.now());
  return {
    action: 'unpublish',
    outcome: await unpublish(db, tenant, contentTypeOfCollection(request.collection).type, { documentId, key: request.key }, revision),
    deleted: !doc,
    revision,
  };
}
