import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../data/db.js';
import { editorialDocument, type DocumentType, type EditorialDocumentInput } from './documents/index.js';
import { itemsOf } from './items.js';

/**
 * The read-model writer the CMS calls. Each call is one DynamoDB transaction: a revision guard (a
 * conditional write on the document's `documentRevision` item) and the document's items. Replaying a
 * call is harmless, and an older revision never replaces a newer one: its guard fails and nothing is written.
 */

export type WriteOutcome = 'written' | 'stale';

export class InvalidDocumentError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`Invalid document: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`);
    this.name = 'InvalidDocumentError';
  }
}

// The items are built per type in items.ts; ElectroDB checks them against the entity when it builds the params.
type LooseEntity = {
  put(item: Record<string, unknown>): { params(): Record<string, unknown> };
  delete(key: Record<string, unknown>): { params(): Record<string, unknown> };
};
type Write = { Put: Record<string, unknown> } | { Delete: Record<string, unknown> };

/** `force` skips the revision check: the CMS's resync uses it to repair a read model changed behind its back. */
export interface WriteOptions {
  force?: boolean;
}

async function writeGuarded(
  db: Db,
  guard: { tenant: string; documentType: DocumentType; key: string; revision: number; published: boolean },
  writes: (entities: Record<string, LooseEntity>) => Write[],
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  const put = db.entities.documentRevision.put({ ...guard, updatedAt: new Date().toISOString() });
  const guardPut = options.force
    ? put.params()
    : put.where((attr, op) => `${op.notExists(attr.revision)} OR ${op.lte(attr.revision, guard.revision)}`).params();
  try {
    await db.client.send(
      new TransactWriteCommand({
        TransactItems: [{ Put: guardPut }, ...writes(db.entities as unknown as Record<string, LooseEntity>)] as TransactWriteCommandInput['TransactItems'],
      }),
    );
    return 'written';
  } catch (error) {
    // Only the guard's own failure means "a newer revision is already there"; anything else is a real error.
    if (error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') return 'stale';
    throw error;
  }
}

/** Writes a published document into the read model (staff copy, and the public copy of PUBLIC ones). */
/** The read-model items a document would be written as (for comparisons, e.g. the CMS's resync). */
export function expectedItems(tenant: string, input: EditorialDocumentInput) {
  const parsed = editorialDocument.safeParse(input);
  if (!parsed.success) throw new InvalidDocumentError(parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
  return itemsOf(parsed.data, tenant);
}

export async function publish(db: Db, tenant: string, input: EditorialDocumentInput, options: WriteOptions = {}): Promise<WriteOutcome> {
  const parsed = editorialDocument.safeParse(input);
  if (!parsed.success) {
    throw new InvalidDocumentError(parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
  }
  const doc = parsed.data;
  const items = itemsOf(doc, tenant);
  return writeGuarded(db, { tenant, documentType: doc.type, key: doc.key, revision: doc.revision, published: true }, (entities) => {
    const entity = entities[items.entity]!;
    if (doc.type === 'district') return [{ Put: entity.put(items.staff).params() }];
    return [
      { Put: entity.put(items.staff).params() },
      // A document that became INTERNAL loses its public copy in the same transaction.
      items.public ? { Put: entity.put(items.public).params() } : { Delete: entity.delete({ tenant, scope: 'public', key: doc.key }).params() },
    ];
  }, options);
}

/**
 * Removes a document from the read model (unpublished or deleted in the CMS). `revision` orders it
 * against publishes of the same document; the CMS passes the change's time in milliseconds.
 */
export async function unpublish(db: Db, tenant: string, type: DocumentType, key: string, revision = Date.now(), options: WriteOptions = {}): Promise<WriteOutcome> {
  return writeGuarded(db, { tenant, documentType: type, key, revision, published: false }, (entities) => {
    const entity = entities[type]!;
    if (type === 'district') return [{ Delete: entity.delete({ tenant, key }).params() }];
    return [{ Delete: entity.delete({ tenant, scope: 'staff', key }).params() }, { Delete: entity.delete({ tenant, scope: 'public', key }).params() }];
  }, options);
}
