import type { Payload } from 'payload';
import { expectedItems, isPublicUnder, publish, unpublish, type WriteOutcome } from '../../functions/read-model/publish.js';
import type { ChangeAudience } from '../../functions/webhooks/changes.js';
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
 * Whether the public website had the document before this sync: its public copy is in the read model, or,
 * on a retry (whose first try may have removed that copy already), one of its latest published versions was PUBLIC.
 */
async function hadPublicCopy(payload: Payload, request: SyncRequest, type: string, retry: boolean): Promise<boolean> {
  const { db, tenant } = readModelTarget();
  if (await isPublicUnder(db, tenant, type, request.key)) return true;
  if (!retry) return false;
  const { docs } = await payload.findVersions({
    collection: request.collection,
    where: { parent: { equals: request.id } },
    sort: '-updatedAt',
    limit: 10,
    depth: 0,
    overrideAccess: true,
  });
  return docs.some((entry) => {
    const version = entry.version as { visibility?: string; _status?: string };
    return version._status === 'published' && version.visibility === 'PUBLIC';
  });
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
  options: { retry?: boolean } = {},
): Promise<{ action: 'publish' | 'unpublish'; outcome: WriteOutcome; deleted: boolean; revision: number; audience: ChangeAudience }> {
  const { db, tenant } = readModelTarget();
  const type = contentTypeOfCollection(request.collection).type;
  // Whether the public site had the document before this change, read beside the CMS's own read.
  const [doc, publicBefore] = await Promise.all([
    payload.findByID({ collection: request.collection, id: request.id, depth: 1, locale: 'all', draft: false, overrideAccess: true, disableErrors: true }),
    hadPublicCopy(payload, request, type, Boolean(options.retry)),
  ]);
  const documentId = String(request.id);
  if (doc && doc._status === 'published') {
    const document = toDocument(payload.collections[request.collection].config, doc);
    return {
      action: 'publish',
      outcome: await publish(db, tenant, document, { documentId }),
      deleted: false,
      revision: Date.parse(doc.updatedAt),
      audience: publicBefore || expectedItems(tenant, document).items.public !== null ? 'public' : 'staff',
    };
  }
  const revision = doc ? Date.parse(doc.updatedAt) : (request.revision ?? Date.now());
  return {
    action: 'unpublish',
    outcome: await unpublish(db, tenant, type, { documentId, key: request.key }, revision),
    deleted: !doc,
    revision,
    audience: publicBefore ? 'public' : 'staff',
  };
}
