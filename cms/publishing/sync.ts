import type { Payload } from 'payload';
import {
  expectedItems,
  isPublicUnder,
  publish,
  unpublish,
  type WriteOutcome,
} from '../../functions/read-model/publish.js';
import { announcementWrite, documentChange, type ChangeAudience } from '../../functions/webhooks/changes.js';
import { contentTypeOfCollection, type EditorialCollection } from '../../functions/content-types/index.js';
import { removePreviews } from '../../functions/read-model/preview.js';
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
 * The change's audience: the public website hears of it only when it had or has the document.
 */
export async function syncDocument(
  payload: Payload,
  request: SyncRequest,
): Promise<{
  action: 'publish' | 'unpublish';
  outcome: WriteOutcome;
  deleted: boolean;
  revision: number;
  audience: ChangeAudience;
}> {
  const { db, tenant } = readModelTarget();
  const type = contentTypeOfCollection(request.collection).type;
  // Whether the public site had the document before this change, read beside the CMS's own read.
  const [doc, publicBefore] = await Promise.all([
    payload.findByID({
      collection: request.collection,
      id: request.id,
      depth: 1,
      locale: 'all',
      draft: false,
      overrideAccess: true,
      disableErrors: true,
    }),
    isPublicUnder(db, tenant, type, request.key),
  ]);
  const documentId = String(request.id);
  // Every change (a publish, an unpublish, a deletion, a newer draft) retires the links of older drafts'
  // previews; the change's own time keeps the preview of the draft it saved.
  await removePreviews(
    db,
    tenant,
    type,
    documentId,
    request.revision ?? (doc ? Date.parse(doc.updatedAt) : Date.now()),
  );
  // The frontends hear of the change in the transaction that makes it, so exactly once.
  const announced = (action: 'publish' | 'unpublish', audience: ChangeAudience) => [
    announcementWrite(db, tenant, documentChange(action, type, request.key, audience)),
  ];
  if (doc && doc._status === 'published') {
    const document = toDocument(payload.collections[request.collection].config, doc);
    const audience = publicBefore || expectedItems(tenant, document).items.public !== null ? 'public' : 'staff';
    const outcome = await publish(db, tenant, document, { documentId, alongside: announced('publish', audience) });
    return { action: 'publish', outcome, deleted: false, revision: Date.parse(doc.updatedAt), audience };
  }
  const revision = doc ? Date.parse(doc.updatedAt) : (request.revision ?? Date.now());
  const audience = publicBefore ? 'public' : 'staff';
  const outcome = await unpublish(db, tenant, type, { documentId, key: request.key }, revision, {
    alongside: announced('unpublish', audience),
  });
  return { action: 'unpublish', outcome, deleted: !doc, revision, audience };
}
