import type { Db } from '../data/db.js';
import { transact, type TransactItem } from '../data/transactions.js';
import type { EditorialDocumentInput } from '../content-types/index.js';
import { entityOf, expectedItems } from './publish.js';

/**
 * The read model's side of draft previews (README, "Draft previews"). A preview is the draft mapped
 * exactly as a publish maps it (the same rules, sanitising and public copy), stored beside the published
 * copies under a key of its own (entities/document-preview.ts) that no list, search index or feed reads.
 */

/** The draft's copies as the API would hold them if it were published, each in the raw form ElectroDB stores it. */
function previewCopies(db: Db, tenant: string, draft: EditorialDocumentInput) {
  const { contentType, doc, items } = expectedItems(tenant, draft);
  const entity = entityOf(db, contentType);
  const raw = (item: Record<string, unknown> | null) =>
    item ? JSON.stringify((entity.put(item).params() as { Item: unknown }).Item) : 'null';
  // A type everyone reads alike (districts) has one copy: both scopes read it.
  return { doc, staff: raw(items.staff), public: contentType.scoped ? raw(items.public) : raw(items.staff) };
}

/**
 * Writes a draft's preview copies for one document (replacing an earlier preview of it, whose link then
 * stops working: it names the earlier version). Refused with InvalidDocumentError, field by field, when
 * the draft would not be publishable: the frontend could not render it either.
 */
export async function writePreview(
  db: Db,
  tenant: string,
  draft: EditorialDocumentInput,
  options: { documentId: string; version: number; expiresAt: number },
): Promise<void> {
  const copies = previewCopies(db, tenant, draft);
  const common = {
    tenant,
    documentType: copies.doc.type,
    documentId: options.documentId,
    key: copies.doc.key,
    version: options.version,
    expiresAt: options.expiresAt,
  };
  const put = (scope: 'staff' | 'public', item: string): TransactItem => ({
    Put: db.entities.documentPreview.put({ ...common, scope, item }).params() as NonNullable<TransactItem['Put']>,
  });
  await transact(db, [put('staff', copies.staff), put('public', copies.public)]);
}

/**
 * Retires a document's preview, unless it is of a draft as new as `before` or newer: called by every sync
 * of the document (a publish, an unpublish, a deletion, a newer draft saved), whose revision is the
 * change's time, so the link of the draft just saved survives its own save's sync and nothing older does.
 */
export async function removePreviews(
  db: Db,
  tenant: string,
  documentType: string,
  documentId: string,
  before: number,
): Promise<void> {
  const remove = (scope: 'staff' | 'public') =>
    db.entities.documentPreview
      .delete({ tenant, documentType, documentId, scope })
      .where((attr, op) => op.lt(attr.version, before))
      .go()
      .catch((error: unknown) => {
        // A preview of the newest draft (or none at all) stays as it is.
        if (error instanceof Error && /conditional request failed/i.test(error.message)) return;
        throw error;
      });
  await Promise.all([remove('staff'), remove('public')]);
}
