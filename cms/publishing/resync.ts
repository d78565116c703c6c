import type { Payload } from 'payload';
import type { Db } from '../../functions/data/db.js';
import { expectedItems, publish, removeKey } from '../../functions/read-model/publish.js';
import { announceChange, announcementWrite, documentChange } from '../../functions/webhooks/changes.js';
import { contentTypes, type EditorialContentType } from '../../functions/content-types/index.js';
import { toDocument } from './to-document.js';
import { withSharing } from '../../functions/training/sharing.js';
import { municipalityBySlug, tenantSlugOf } from '../tenancy/municipality.js';
import { partnersOf, sharingIn } from './training-partners.js';

/**
 * `npm run cms:resync`: rebuilds the API's read model from the CMS. Every published document whose
 * read-model copies are missing or differ is written again, and every copy without a published document
 * is removed, whatever revision the read model holds (that is what "changed behind the CMS's back" means).
 * The frontends hear of each repair (a webhook change), as they would of the sync it stands in for.
 */
export interface ResyncReport {
  republished: string[];
  removed: string[];
  unchanged: number;
}

type Item = Record<string, unknown>;
type Listable = {
  query: { list(key: Record<string, string>): { go(options: { pages: 'all' }): Promise<{ data: Item[] }> } };
};

/** Attributes that say when, not what: a copy is equal to the CMS's when everything else is. */
const bookkeeping = new Set(['revision', 'updatedAt']);

function canonical(item: Item | null | undefined): string {
  if (!item) return 'absent';
  const sort = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sort);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Item)
          .filter(([key, field]) => field !== undefined && !bookkeeping.has(key))
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, field]) => [key, sort(field)]),
      );
    }
    return value;
  };
  return JSON.stringify(sort(item));
}

async function storedCopies(db: Db, tenant: string, contentType: EditorialContentType) {
  const entity = db.entities[contentType.type] as unknown as Listable;
  // A national document's copies are not the municipality's own: functions/read-model/national.ts keeps them.
  const byKey = (items: Item[]) =>
    new Map(items.filter((item) => item.national !== true).map((item) => [String(item.key), item]));
  if (!contentType.scoped) {
    const { data } = await entity.query.list({ tenant }).go({ pages: 'all' });
    return { staff: byKey(data), public: new Map<string, Item>() };
  }
  const [staff, publicCopies] = await Promise.all([
    entity.query.list({ tenant, scope: 'staff' }).go({ pages: 'all' }),
    entity.query.list({ tenant, scope: 'public' }).go({ pages: 'all' }),
  ]);
  return { staff: byKey(staff.data), public: byKey(publicCopies.data) };
}

/** Whether the key's copies are recorded as this document's, as the next key change or deletion needs. */
async function heldBy(db: Db, tenant: string, documentType: string, key: string, documentId: string): Promise<boolean> {
  const [claim, revision] = await Promise.all([
    db.entities.documentKey.get({ tenant, documentType, key }).go(),
    db.entities.documentRevision.get({ tenant, documentType, documentId }).go(),
  ]);
  return claim.data?.documentId === documentId && revision.data?.key === key && revision.data.published;
}

export async function resyncReadModel(payload: Payload, target: { db: Db; tenant: string }): Promise<ResyncReport> {
  const { db, tenant } = target;
  const report: ResyncReport = { republished: [], removed: [], unchanged: 0 };
  const self = await municipalityBySlug(payload, tenant);
  for (const contentType of contentTypes) {
    const { type, cmsSlug: collection } = contentType;
    const stored = await storedCopies(db, tenant, contentType);
    const { docs } = await payload.find({
      collection,
      depth: 1,
      locale: 'all',
      draft: false,
      pagination: false,
      overrideAccess: true,
      // The municipality's own documents only (issue 32): another's belong to its own part of the read model, but for
      // the trainings another offers it (functions/training/sharing.ts), which it holds a copy of.
      where: {
        and: [
          { _status: { equals: 'published' } },
          {
            or: [
              { 'tenant.slug': { equals: tenant } },
              ...(collection === 'trainings' && self ? [{ offeredTo: { in: [self.id] } }] : []),
            ],
          },
        ],
      },
    });
    const publishedKeys = new Set<string>();
    for (const doc of docs) {
      const home = (await tenantSlugOf(payload, doc.tenant)) ?? tenant;
      const sharing = sharingIn(tenant, home, await partnersOf(payload, doc, home));
      const document = withSharing(toDocument(payload.collections[collection].config, doc), sharing);
      const documentId = String(doc.id);
      publishedKeys.add(document.key);
      const { items: expected } = expectedItems(tenant, document);
      const same =
        canonical(expected.staff) === canonical(stored.staff.get(document.key)) &&
        (!contentType.scoped || canonical(expected.public) === canonical(stored.public.get(document.key))) &&
        (await heldBy(db, tenant, type, document.key, documentId));
      if (same) {
        report.unchanged++;
        continue;
      }
      // The frontends hear of a repair as of any publish (a page the killed sync never announced, say).
      const audience =
        !contentType.scoped || stored.public.has(document.key) || expected.public !== null ? 'public' : 'staff';
      await publish(db, tenant, document, {
        documentId,
        force: true,
        alongside: [announcementWrite(db, tenant, documentChange('publish', type, document.key, audience))],
      });
      report.republished.push(`${type}/${document.key}`);
    }
    for (const key of new Set([...stored.staff.keys(), ...stored.public.keys()])) {
      if (publishedKeys.has(key)) continue;
      await removeKey(db, tenant, type, key);
      const audience = !contentType.scoped || stored.public.has(key) ? 'public' : 'staff';
      await announceChange(db, tenant, documentChange('unpublish', type, key, audience));
      report.removed.push(`${type}/${key}`);
    }
  }
  return report;
}
