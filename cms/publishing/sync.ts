import type { DataFromCollectionSlug, Payload } from 'payload';
import {
  expectedItems,
  isPublicUnder,
  publish,
  unpublish,
  type WriteOutcome,
} from '../../functions/read-model/publish.js';
import { announcementWrite, documentChange, type ChangeAudience } from '../../functions/webhooks/changes.js';
import {
  contentTypeOfCollection,
  type DocumentType,
  type EditorialCollection,
} from '../../functions/content-types/index.js';
import { removePreviews } from '../../functions/read-model/preview.js';
import { toDocument } from './to-document.js';
import { readModelTarget } from './read-model-target.js';
import type { Db } from '../../functions/data/db.js';
import { municipalitySlugs, nationalMunicipalitySlug, tenantSlugOf } from '../tenancy/municipality.js';
import { isNationalType, nationalTargets, spreadNational } from '../../functions/read-model/national.js';
import { withSharing } from '../../functions/training/sharing.js';
import { partnersOf, sharingIn, type Sharing } from './training-partners.js';

export interface SyncRequest {
  collection: EditorialCollection;
  id: string;
  key: string;
  /** When the change happened in the CMS (ms), captured by the hook: a deletion's only revision. */
  revision?: number | undefined;
}

/** A published or unpublished document whose municipality is unknown: its sync fails and writes nothing. */
export class DocumentWithoutMunicipalityError extends Error {
  override name = 'DocumentWithoutMunicipalityError';
}

type SyncResult = {
  action: 'publish' | 'unpublish';
  outcome: WriteOutcome;
  deleted: boolean;
  revision: number;
  audience: ChangeAudience;
};

// document revision: the municipalities whose read model holds (or held) this document, by its id
async function municipalitiesHolding(db: Db, slugs: string[], documentType: string, documentId: string) {
  const held = await Promise.all(
    slugs.map(async (tenant) => {
      const { data } = await db.entities.documentRevision.get({ tenant, documentType, documentId }).go();
      return data ? tenant : undefined;
    }),
  );
  return held.filter((tenant): tenant is string => tenant !== undefined);
}

/**
 * Brings one document's read-model copy in line with its published state in the CMS, as it is now, in the read model
 * of ITS municipality (issue 32): published → publish(), anything else (a draft, unpublished, deleted) →
 * unpublish(). The read model follows the document's id, so a key change retires the old key's copies, and a move to
 * another municipality (or a deletion) retires the copies in the municipalities that held it; a document without a
 * municipality fails rather than unpublishing anything. The revision is the document's updatedAt, or the deletion's
 * time, so racing and retried syncs settle on the newest state. The change's audience: the public website hears of it
 * only when it had or has the document.
 */
export async function syncDocument(payload: Payload, request: SyncRequest): Promise<SyncResult> {
  const { db } = readModelTarget();
  const type = contentTypeOfCollection(request.collection).type;
  const doc = await payload.findByID({
    collection: request.collection,
    id: request.id,
    depth: 1,
    locale: 'all',
    draft: false,
    overrideAccess: true,
    disableErrors: true,
  });
  const documentId = String(request.id);
  const home = doc ? await tenantSlugOf(payload, doc.tenant) : undefined;
  if (doc && !home)
    throw new DocumentWithoutMunicipalityError(
      `${request.collection}/${documentId} belongs to no municipality: choose one for it and save it again`,
    );
  const changedAt = request.revision ?? (doc ? Date.parse(doc.updatedAt) : Date.now());
  // A shared training: the partners it is offered to hold a copy naming its organiser (functions/training/sharing.ts).
  const partners = home && doc ? await partnersOf(payload, doc, home) : [];
  // A move, a deletion or a partnership ended: the municipalities that hold the document without being its own retire it.
  const elsewhere = (await municipalitySlugs(payload)).filter((slug) => slug !== home && !partners.includes(slug));
  const formerHomes = await municipalitiesHolding(db, elsewhere, type, documentId);
  // National content (issue 32): a change of the national tenant's document reaches every municipality's copy.
  const nationalType = isNationalType(type) ? type : undefined;
  const national = nationalType ? await nationalMunicipalitySlug(payload) : undefined;
  const spread = nationalType && national !== undefined && (home === national || formerHomes.includes(national));
  const keyBefore = spread ? await keyHeld(db, national, type, documentId) : undefined;
  const retired = await Promise.all(
    formerHomes.map((tenant) => syncUnder(payload, db, tenant, type, request, null, changedAt)),
  );
  const revision = request.revision ?? Date.now();
  const result = home
    ? await syncUnder(payload, db, home, type, request, doc, changedAt, sharingIn(home, home, partners))
    : (retired[0] ?? { action: 'unpublish', outcome: 'unchanged', deleted: true, revision, audience: 'staff' });
  if (home)
    await Promise.all(
      partners.map((partner) =>
        syncUnder(payload, db, partner, type, request, doc, changedAt, sharingIn(partner, home, partners)),
      ),
    );
  if (spread) {
    const keys = [request.key, keyBefore, doc && 'key' in doc ? doc.key : undefined];
    await spreadNational(db, {
      national,
      type: nationalType,
      keys: keys.filter((key): key is string => typeof key === 'string'),
      changedAt: result.revision,
      targets: await nationalTargets(db, readModelTarget().tenant),
    });
  }
  return result;
}

// document revision: the key under which a municipality's read model holds the document (a rename's old key)
async function keyHeld(db: Db, tenant: string, documentType: string, documentId: string) {
  const { data } = await db.entities.documentRevision
    .get({ tenant, documentType, documentId })
    .go({ consistent: true });
  return data?.key;
}

/**
 * The document's state (`doc`: the published document, a draft, or null to retire it) in one municipality's read
 * model; a shared training's copies carry its partners and, in a partner's read model, its organiser.
 */
async function syncUnder(
  payload: Payload,
  db: Db,
  tenant: string,
  type: DocumentType,
  request: SyncRequest,
  doc: DataFromCollectionSlug<EditorialCollection> | null,
  changedAt: number,
  sharing?: Sharing,
): Promise<SyncResult> {
  const documentId = String(request.id);
  // Whether the public site had the document before this change.
  const publicBefore = await isPublicUnder(db, tenant, type, request.key);
  // Every change (a publish, an unpublish, a deletion, a newer draft) retires the links of older drafts'
  // previews; the change's own time keeps the preview of the draft it saved.
  await removePreviews(db, tenant, type, documentId, changedAt);
  // The frontends hear of the change in the transaction that makes it, so exactly once.
  const announced = (action: 'publish' | 'unpublish', audience: ChangeAudience) => [
    announcementWrite(db, tenant, documentChange(action, type, request.key, audience)),
  ];
  if (doc && doc._status === 'published') {
    const document = withSharing(toDocument(payload.collections[request.collection].config, doc), sharing);
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
