import type { Db } from '../data/db.js';
import { transact, type TransactItem } from '../data/transactions.js';
import type { DocumentKeyItem } from '../data/entities/document-key.js';
import type { DocumentRevisionItem } from '../data/entities/document-revision.js';
import {
  contentTypeOf,
  contentTypes,
  type ContentTypeRegistry,
  type DocumentType,
  type EditorialDocumentInput,
} from '../content-types/index.js';
import type { ContentType } from '../content-types/define.js';
import { searchContentChanged } from '../search/version.js';

/**
 * The read-model writer the CMS calls. The read model follows the CMS document's identity (its id), not
 * only its key: each call is one DynamoDB transaction of
 * - the document's revision guard (`documentRevision`, by id: newest revision and the key it holds),
 * - the key's ownership (`documentKey`, by key: which document's copies live there),
 * - the document's items, and the removal of the copies under its previous key after a key change.
 * Both guard items are conditional on what was read just before, so concurrent writers retry on fresh
 * state. A publish tries its transaction once before reading, conditional on the steady state (the
 * document's own key, an older revision), and reads only when that is refused. Replaying a call writes
 * nothing ('unchanged'); an older revision never replaces a newer one ('stale'). Writes that belong to the
 * change (`alongside`: the frontends' announcement of it) go in the same transaction, so a change is
 * announced exactly when the read model takes it — never for a replay, never lost after a write.
 */

/**
 * 'written': the read model took the change. 'unchanged': it already held this state (a replayed or
 * duplicate sync, a draft save that left the published state as it was). 'stale': a newer revision of
 * this document, or a newer document holding the key, is already there.
 */
export type WriteOutcome = 'written' | 'unchanged' | 'stale';

export class InvalidDocumentError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`Invalid document: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`);
    this.name = 'InvalidDocumentError';
  }
}

/** Every try saw its guards changed by a concurrent writer: nothing was written, the caller retries later. */
export class ConcurrentWriteError extends Error {
  constructor(type: string, documentId: string) {
    super(`Concurrent writes to ${type} ${documentId} kept changing its guards; nothing was written`);
    this.name = 'ConcurrentWriteError';
  }
}

// The items are built by the content type; ElectroDB checks them against the entity when it builds the params.
export type LooseEntity = {
  put(item: Record<string, unknown>): { params(): Record<string, unknown> };
  delete(key: Record<string, unknown>): { params(): Record<string, unknown> };
  get(key: Record<string, unknown>): { go(options: { consistent: boolean }): Promise<{ data: unknown }> };
};
// ElectroDB types its params loosely; they are a transaction's items.
type Write = Record<string, unknown>;

export interface WriteOptions {
  /** The CMS document's id; documents written without one (examples, tests) are identified by their key. */
  documentId?: string;
  /** Skips the revision checks: the CMS's resync uses it to repair a read model changed behind its back. */
  force?: boolean;
  /** Writes that go only with a change the read model takes, in its transaction (the change's announcement). */
  alongside?: Write[];
}

const attempts = 5;

interface Target {
  tenant: string;
  documentType: string;
  documentId: string;
}

interface Guards {
  revision: DocumentRevisionItem | null;
  claims: Map<string, DocumentKeyItem>;
}

/** Strongly consistent reads of the document's guard, then of the claims on its keys (given, and last written). */
async function readGuards(db: Db, target: Target, knownKey: string): Promise<Guards> {
  const { tenant, documentType, documentId } = target;
  const claimOf = async (key: string) =>
    (await db.entities.documentKey.get({ tenant, documentType, key }).go({ consistent: true })).data;
  // The revision and the known key's claim side by side (one round trip before the write an editor waits
  // for); the revision's own key, when it differs (a renamed document), after it.
  const [revision, knownClaim] = await Promise.all([
    db.entities.documentRevision
      .get({ tenant, documentType, documentId })
      .go({ consistent: true })
      .then(({ data }) => data),
    claimOf(knownKey),
  ]);
  const claims = [knownClaim, revision?.key && revision.key !== knownKey ? await claimOf(revision.key) : null];
  return { revision, claims: new Map(claims.flatMap((claim) => (claim ? [[claim.key, claim] as const] : []))) };
}

/** The guard's new state, stamped with the time of the write. */
const revisionPut = (db: Db, next: Omit<DocumentRevisionItem, 'updatedAt'>) =>
  db.entities.documentRevision.put({ ...next, updatedAt: new Date().toISOString() });

/** The guard's new state, written only if it is still what was read. */
function revisionWrite(
  db: Db,
  seen: DocumentRevisionItem | null,
  next: Omit<DocumentRevisionItem, 'updatedAt'>,
  force: boolean,
): Write {
  const put = revisionPut(db, next);
  if (force) return { Put: put.params() };
  return {
    Put: (seen
      ? put.where((attr, op) => op.eq(attr.revision, seen.revision))
      : put.where((attr, op) => op.notExists(attr.revision))
    ).params(),
  };
}

/** The condition that a key's claim is still what was read: the same document at the same revision, or still absent. */
const claimAsSeen =
  (seen: DocumentKeyItem | undefined) =>
  <Attribute>(
    attr: { documentId: Attribute; revision: Attribute },
    op: { eq(attribute: Attribute, value: unknown): string; notExists(attribute: Attribute): string },
  ) =>
    seen
      ? `${op.eq(attr.documentId, seen.documentId)} AND ${op.eq(attr.revision, seen.revision)}`
      : op.notExists(attr.revision);

/** The key's claim for a document, written only if the claim is still what was read. */
function claimWrite(db: Db, seen: DocumentKeyItem | undefined, next: DocumentKeyItem, force: boolean): Write {
  const put = db.entities.documentKey.put(next);
  return { Put: (force ? put : put.where(claimAsSeen(seen))).params() };
}

/**
 * A republish's guard writes without reading the guards first (one round trip less on the path an editor
 * waits for). Their conditions describe the steady state: the document's guard absent, or older and under
 * the same key; the key unclaimed, or claimed by this document. In any other state (a newer revision, a
 * renamed document, a key held by another document) the transaction is refused as a whole and the guarded
 * path reads and decides.
 */
function steadyStateWrites(db: Db, next: DocumentKeyItem): Write[] {
  const revision = revisionPut(db, { ...next, published: true }).where(
    (attr, op) =>
      `${op.notExists(attr.revision)} OR (${op.lt(attr.revision, next.revision)} AND ${op.eq(attr.key, next.key)})`,
  );
  const claim = db.entities.documentKey
    .put(next)
    .where((attr, op) => `${op.notExists(attr.revision)} OR ${op.eq(attr.documentId, next.documentId)}`);
  return [{ Put: revision.params() }, { Put: claim.params() }];
}

/** Each content type's entity, built once per table client (the shipped ones are also in `db.entities`). */
const entities = new WeakMap<Db, Map<ContentType, LooseEntity>>();
export function entityOf(db: Db, contentType: ContentType): LooseEntity {
  const built = entities.get(db) ?? new Map<ContentType, LooseEntity>();
  entities.set(db, built);
  if (!built.has(contentType))
    built.set(contentType, contentType.entity({ client: db.client, table: db.table }) as LooseEntity);
  return built.get(contentType)!;
}

/** Gives up a key the document holds, and its copies, unless another writer changed the claim meanwhile. */
function releaseWrites(
  db: Db,
  tenant: string,
  contentType: ContentType,
  key: string,
  seen: DocumentKeyItem | undefined,
  force: boolean,
): Write[] {
  const remove = db.entities.documentKey.delete({ tenant, documentType: contentType.type, key });
  return [
    { Delete: (force ? remove : remove.where(claimAsSeen(seen))).params() },
    ...copyDeletes(db, tenant, contentType, key),
  ];
}

function copyDeletes(db: Db, tenant: string, contentType: ContentType, key: string): Write[] {
  const entity = entityOf(db, contentType);
  if (!contentType.scoped) return [{ Delete: entity.delete({ tenant, key }).params() }];
  return [
    { Delete: entity.delete({ tenant, scope: 'staff', key }).params() },
    { Delete: entity.delete({ tenant, scope: 'public', key }).params() },
  ];
}

/**
 * One transaction of writes; 'guardChanged' when a guard's condition no longer held (any other refusal is
 * retried by `transact`, then thrown). The search index hears of a write after it, so that an index built
 * at the new version sees it.
 */
async function commit(
  db: Db,
  tenant: string,
  writes: Write[],
  options: { searchable: boolean },
): Promise<'written' | 'guardChanged'> {
  if ((await transact(db, writes as TransactItem[])).length) return 'guardChanged';
  if (options.searchable) await searchContentChanged(db, tenant);
  return 'written';
}

/**
 * What a guarded write decides from fresh guards: the change's writes; 'stale' or 'unchanged' (nothing to
 * write); or `{ revisionOnly }`, a newer revision of a state the read model already holds, recorded so
 * that an older write racing it stays stale, but no change anyone reads.
 */
type Plan = Write[] | 'stale' | 'unchanged' | { revisionOnly: Write };

/**
 * Runs `plan` on fresh guards until its transaction goes through, a newer state makes it stale, or attempts
 * run out. An `optimistic` transaction, when given, goes first without reading: its conditions hold only in
 * the common case (see `steadyStateWrites`), and when they do not, the guarded path decides from fresh reads.
 */
async function writeWithGuards(
  db: Db,
  target: Target,
  knownKey: string,
  plan: (guards: Guards) => Plan,
  optimistic?: Write[],
): Promise<WriteOutcome> {
  if (optimistic && (await commit(db, target.tenant, optimistic, { searchable: true })) === 'written') return 'written';
  for (let attempt = 0; attempt < attempts; attempt++) {
    const writes = plan(await readGuards(db, target, knownKey));
    if (writes === 'stale' || writes === 'unchanged') return writes;
    // Only a guard that changed since it was read is tried again, on fresh guards.
    if ('revisionOnly' in writes) {
      if ((await commit(db, target.tenant, [writes.revisionOnly], { searchable: false })) === 'written')
        return 'unchanged';
    } else if ((await commit(db, target.tenant, writes, { searchable: true })) === 'written') return 'written';
  }
  throw new ConcurrentWriteError(target.documentType, target.documentId);
}

/** DynamoDB's item limit is 400 KB, attribute names and keys included; a document's copy must stay well under it. */
export const MAX_ITEM_BYTES = 350_000;

export interface DocumentIdentity {
  documentId: string;
  /** The key the CMS knew the document by; the guard's own record of it wins. */
  key: string;
}

/** A published document of some type in the registry, before validation. */
export type DocumentInput = { type: string; key: string; revision: number } & Record<string, unknown>;

/**
 * The read model's writer for a registry of content types: the shipped one (the functions exported
 * below), or one a test extends with a type of its own.
 */
export function readModelWriter(registry: ContentTypeRegistry) {
  const contentTypeNamed = (type: string): ContentType => {
    const contentType = contentTypeOf(type, registry);
    if (!contentType) throw new InvalidDocumentError([{ path: 'type', message: `${type} is not a content type` }]);
    return contentType;
  };

  /**
   * The read-model items a document is written as: validated by the shared rules (the CMS checks a
   * document with this before it publishes it), and refused as a whole when a copy would not fit in an item.
   */
  function expectedItems(tenant: string, input: EditorialDocumentInput | DocumentInput) {
    const contentType = contentTypeNamed(input.type);
    const parsed = contentType.document.safeParse(input);
    if (!parsed.success)
      throw new InvalidDocumentError(
        parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      );
    const doc = parsed.data;
    const items = contentType.items(doc, tenant);
    const bytes = Buffer.byteLength(JSON.stringify(items.staff), 'utf8');
    if (bytes > MAX_ITEM_BYTES) {
      const kb = (count: number) => `${Math.ceil(count / 1000)} KB`;
      throw new InvalidDocumentError([
        {
          path: '',
          message: `is ${kb(bytes)} in all its languages, more than the ${kb(MAX_ITEM_BYTES)} a document may hold; shorten its longest texts`,
        },
      ]);
    }
    return { contentType, doc, items };
  }

  /**
   * Writes a published document into the read model (staff copy, and the public copy of PUBLIC ones). After
   * a key change the copies under the old key go in the same transaction.
   */
  async function publish(
    db: Db,
    tenant: string,
    input: EditorialDocumentInput | DocumentInput,
    options: WriteOptions = {},
  ): Promise<WriteOutcome> {
    const { contentType, doc, items } = expectedItems(tenant, input);
    const documentId = options.documentId ?? doc.key;
    const force = Boolean(options.force);
    const target = { tenant, documentType: doc.type, documentId };
    const entity = entityOf(db, contentType);
    const copyWrites: Write[] = [{ Put: entity.put(items.staff).params() }];
    if (contentType.scoped) {
      // A document that became INTERNAL loses its public copy in the same transaction.
      copyWrites.push(
        items.public
          ? { Put: entity.put(items.public).params() }
          : { Delete: entity.delete({ tenant, scope: 'public', key: doc.key }).params() },
      );
    }
    const claimed = { ...target, key: doc.key, revision: doc.revision };
    const alongside = options.alongside ?? [];
    // A forced write repairs whatever is there: it always reads the guards.
    const optimistic = force ? undefined : [...steadyStateWrites(db, claimed), ...copyWrites, ...alongside];
    return writeWithGuards(
      db,
      target,
      doc.key,
      (guards) => {
        const seen = guards.revision;
        if (!force && seen && seen.revision > doc.revision) return 'stale';
        if (!force && seen?.revision === doc.revision && seen.published && seen.key === doc.key) return 'unchanged';
        const claim = guards.claims.get(doc.key);
        // A newer document holds this key (this one was deleted or renamed meanwhile): its copies stay.
        if (!force && claim && claim.documentId !== documentId && claim.revision > doc.revision) return 'stale';
        const writes: Write[] = [
          revisionWrite(db, seen, { ...claimed, published: true }, force),
          claimWrite(db, claim, claimed, force),
          ...copyWrites,
          ...alongside,
        ];
        const previousKey = seen?.published && seen.key !== doc.key ? seen.key : undefined;
        const previousClaim = previousKey ? guards.claims.get(previousKey) : undefined;
        if (previousKey && (!previousClaim || previousClaim.documentId === documentId))
          writes.push(...releaseWrites(db, tenant, contentType, previousKey, previousClaim, force));
        return writes;
      },
      optimistic,
    );
  }

  /**
   * Removes a document from the read model (unpublished or deleted in the CMS). `revision` orders it
   * against publishes of the same document; the CMS passes the change's time in milliseconds. The copies
   * under its key go only while the key is still the document's own.
   */
  async function unpublish(
    db: Db,
    tenant: string,
    type: DocumentType | (string & {}),
    identity: DocumentIdentity | string,
    revision = Date.now(),
    options: Pick<WriteOptions, 'force' | 'alongside'> = {},
  ): Promise<WriteOutcome> {
    const contentType = contentTypeNamed(type);
    const { documentId, key: knownKey } =
      typeof identity === 'string' ? { documentId: identity, key: identity } : identity;
    const force = Boolean(options.force);
    const target = { tenant, documentType: type, documentId };
    return writeWithGuards(db, target, knownKey, (guards) => {
      const seen = guards.revision;
      if (!force && seen && seen.revision > revision) return 'stale';
      const key = seen?.key ?? knownKey;
      const claim = guards.claims.get(key);
      const guard = revisionWrite(db, seen, { ...target, key, revision, published: false }, force);
      // Already removed (a draft saved again, a replayed deletion): nothing anyone reads changes.
      if (!force && seen && !seen.published && (!claim || claim.documentId !== documentId))
        return seen.revision === revision ? 'unchanged' : { revisionOnly: guard };
      const writes: Write[] = [guard];
      if (!claim || claim.documentId === documentId)
        writes.push(...releaseWrites(db, tenant, contentType, key, claim, force));
      return [...writes, ...(options.alongside ?? [])];
    });
  }

  /**
   * Whether the public website can see what the read model holds under a key: the public copy of a
   * scoped type, anything of a type everyone reads alike. What the webhooks may tell the public site.
   */
  async function isPublicUnder(
    db: Db,
    tenant: string,
    type: DocumentType | (string & {}),
    key: string,
  ): Promise<boolean> {
    const contentType = contentTypeNamed(type);
    if (!contentType.scoped) return true;
    const { data } = await entityOf(db, contentType).get({ tenant, scope: 'public', key }).go({ consistent: true });
    return data !== null;
  }

  /** Removes whatever the read model holds under a key, whoever wrote it (the resync's repair of orphans). */
  async function removeKey(db: Db, tenant: string, type: DocumentType | (string & {}), key: string): Promise<void> {
    await commit(db, tenant, releaseWrites(db, tenant, contentTypeNamed(type), key, undefined, true), {
      searchable: true,
    });
  }

  return { expectedItems, publish, unpublish, removeKey, isPublicUnder };
}

export const { expectedItems, publish, unpublish, removeKey, isPublicUnder } = readModelWriter(contentTypes);
