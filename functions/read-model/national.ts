import type { Db } from '../data/db.js';
import { transact, type TransactItem } from '../data/transactions.js';
import { searchContentChanged } from '../search/version.js';
import { listMunicipalities } from '../tenancy/registry.js';
import { announcementWrite, documentChange } from '../webhooks/changes.js';

/**
 * National content (issue 32): the documents of the national tenant (the registry's kind NATIONAL, `nationellt`),
 * maintained once by its editors, are shown by every municipality, each of which may hide some by key.
 *
 * FAN-OUT ON WRITE. When a national document is published, changed or unpublished, it is copied into (or removed
 * from) each municipality's own partitions, marked `national: true`; a municipality registered later gets every
 * national document copied in, and hiding or un-hiding one removes or restores that municipality's copy. The
 * reads are then exactly the reads of a municipality's own content: a list is still one Query per page on its
 * own key (cursors unchanged), `supportResource(slug)` one GetItem, search the municipality's own index, and a
 * hidden document is simply not there (null, as an unknown one). The alternative, a second fixed query of the
 * national partition merged at read time, would add a call to every list read, make each cursor carry two
 * positions, and put the hidden list's filter on every read path (lists, by-key, relations, search, open data):
 * one forgotten filter is a leak of hidden content. Writes instead grow with the number of municipalities (a
 * national publish is one small transaction per municipality), which is the cheap side: national documents are
 * few and change rarely, reads are many.
 *
 * A municipality's own document under the same key is never overwritten or removed by a copy (the conditions
 * below): its own content wins. Every copy write is conditional on the copy's revision, so a late or replayed
 * spread never puts an older state back; each change is announced to that municipality's frontends (webhooks) in
 * the transaction that makes it, and moves its search version on.
 */
export const NATIONAL_TYPES = ['supportResource', 'organisation'] as const;
export type NationalType = (typeof NATIONAL_TYPES)[number];

export const isNationalType = (type: string): type is NationalType =>
  (NATIONAL_TYPES as readonly string[]).includes(type);

/** A municipality that shows national content, and the keys of the national documents it hides. */
export interface NationalTarget {
  tenant: string;
  hidden: readonly string[];
}

/** What a spread or a reconciliation changed: `tenant: type/key` lines. */
export interface NationalOutcome {
  copied: string[];
  removed: string[];
}

type Item = Record<string, unknown> & { key: string; revision: number; national?: boolean };
type Scope = 'staff' | 'public';
type Copies = Record<Scope, Item | null>;
type Write = Record<string, unknown>;
interface ConditionOps<Attribute> {
  notExists(attribute: Attribute): string;
  eq(attribute: Attribute, value: unknown): string;
  lte(attribute: Attribute, value: unknown): string;
  lt(attribute: Attribute, value: unknown): string;
}
type Condition = <Attribute>(
  attr: Record<'key' | 'national' | 'revision', Attribute>,
  op: ConditionOps<Attribute>,
) => string;

// Both national types share the editorial attributes and keys; ElectroDB checks each item when it builds the params.
interface CopyEntity {
  get(key: { tenant: string; scope: Scope; key: string }): {
    go(options: { consistent: boolean }): Promise<{ data: Item | null }>;
  };
  put(item: Item): { where(condition: Condition): { params(): Write } };
  delete(key: { tenant: string; scope: Scope; key: string }): { where(condition: Condition): { params(): Write } };
  query: {
    list(key: { tenant: string; scope: Scope }): { go(options: { pages: 'all' }): Promise<{ data: Item[] }> };
  };
}

const entityOf = (db: Db, type: NationalType) => db.entities[type] as unknown as CopyEntity;

// national targets: every municipality of the registry (one Query) and the stage's default, with what each hides
export async function nationalTargets(db: Db, defaultTenant: string): Promise<NationalTarget[]> {
  const registered = await listMunicipalities(db);
  const targets = registered
    .filter((municipality) => municipality.kind === 'MUNICIPALITY')
    .map((municipality) => ({ tenant: municipality.slug, hidden: municipality.hiddenNational ?? [] }));
  const isNational = registered.some((item) => item.slug === defaultTenant && item.kind !== 'MUNICIPALITY');
  if (!isNational && !targets.some((target) => target.tenant === defaultTenant))
    targets.unshift({ tenant: defaultTenant, hidden: [] });
  return targets;
}

// national tenant: the registry's item of kind NATIONAL, if the deployment has one
export async function nationalTenant(db: Db): Promise<string | undefined> {
  return (await listMunicipalities(db)).find((municipality) => municipality.kind === 'NATIONAL')?.slug;
}

// one key's copies in a tenant: two strongly consistent GetItems
async function copiesUnder(db: Db, tenant: string, type: NationalType, key: string): Promise<Copies> {
  const entity = entityOf(db, type);
  const [staff, publicCopy] = await Promise.all(
    (['staff', 'public'] as const).map(
      async (scope) => (await entity.get({ tenant, scope, key }).go({ consistent: true })).data,
    ),
  );
  return { staff: staff ?? null, public: publicCopy ?? null };
}

/** Only an absent item or a national copy is ever replaced or removed: a municipality's own document stays. */
const copyOrAbsent: Condition = (attr, op) => `${op.notExists(attr.key)} OR ${op.eq(attr.national, true)}`;
/** …and a copy is replaced only by the same or a newer revision (a late spread never puts an older state back). */
const olderCopyOrAbsent =
  (revision: number): Condition =>
  (attr, op) =>
    `${op.notExists(attr.key)} OR (${op.eq(attr.national, true)} AND ${op.lte(attr.revision, revision)})`;
/** …and a removal of an unpublished document takes only copies older than the removal (not a newer republish's). */
const copyOlderThan =
  (revision: number): Condition =>
  (attr, op) =>
    `${op.notExists(attr.key)} OR (${op.eq(attr.national, true)} AND ${op.lt(attr.revision, revision)})`;

/**
 * Brings one municipality's copy of one national document in line with the national one (`wanted`: its copies,
 * or null for none: unpublished, or hidden there). One transaction with its announcement; nothing when the copy
 * already is what it should be, or the municipality has its own document under the key.
 */
async function alignCopy(
  db: Db,
  tenant: string,
  type: NationalType,
  key: string,
  wanted: Copies | null,
  held: Copies,
  removal: Condition,
): Promise<'copied' | 'removed' | undefined> {
  if (held.staff && held.staff.national !== true) return undefined;
  const entity = entityOf(db, type);
  const scopes = ['staff', 'public'] as const;
  let writes: Write[];
  let action: 'publish' | 'unpublish';
  if (!wanted?.staff) {
    if (!held.staff && !held.public) return undefined;
    writes = scopes.map((scope) => ({ Delete: entity.delete({ tenant, scope, key }).where(removal).params() }));
    action = 'unpublish';
  } else {
    const same = scopes.every((scope) => held[scope]?.revision === wanted[scope]?.revision);
    if (same) return undefined;
    const revision = wanted.staff.revision;
    writes = scopes.map((scope) => {
      const item = wanted[scope];
      return item
        ? {
            Put: entity
              .put({ ...item, tenant, national: true })
              .where(olderCopyOrAbsent(revision))
              .params(),
          }
        : { Delete: entity.delete({ tenant, scope, key }).where(copyOrAbsent).params() };
    });
    action = 'publish';
  }
  const audience = wanted?.public || held.public ? 'public' : 'staff';
  const announcement = announcementWrite(db, tenant, documentChange(action, type, key, audience));
  // A refused condition: the municipality's own document, or a newer copy, got there first.
  if ((await transact(db, [...writes, announcement] as TransactItem[])).length) return undefined;
  return action === 'publish' ? 'copied' : 'removed';
}

/**
 * After a national document's publish, change or unpublish (cms/publishing/sync.ts): its keys (the current one,
 * and the previous one after a rename) are copied into every target that does not hide them, or removed from
 * every target where the national tenant no longer has them (or the target hides them). `changedAt` is the
 * change's revision (ms): a removal takes only older copies.
 */
export async function spreadNational(
  db: Db,
  change: { national: string; type: NationalType; keys: string[]; changedAt: number; targets: NationalTarget[] },
): Promise<NationalOutcome> {
  const outcome: NationalOutcome = { copied: [], removed: [] };
  for (const key of new Set(change.keys)) {
    const source = await copiesUnder(db, change.national, change.type, key);
    for (const target of change.targets) {
      if (target.tenant === change.national) continue;
      const hidden = target.hidden.includes(key);
      const held = await copiesUnder(db, target.tenant, change.type, key);
      const done = await alignCopy(
        db,
        target.tenant,
        change.type,
        key,
        hidden ? null : source,
        held,
        hidden ? copyOrAbsent : copyOlderThan(change.changedAt),
      );
      if (done) outcome[done].push(`${target.tenant}: ${change.type}/${key}`);
    }
  }
  for (const tenant of new Set([...outcome.copied, ...outcome.removed].map((line) => line.split(':')[0]!)))
    await searchContentChanged(db, tenant);
  return outcome;
}

// a tenant's items of a national type in both scopes, by key (write path only: a municipality registered or hiding)
async function itemsByKey(db: Db, tenant: string, type: NationalType): Promise<Map<string, Copies>> {
  const entity = entityOf(db, type);
  const byKey = new Map<string, Copies>();
  for (const scope of ['staff', 'public'] as const) {
    const { data } = await entity.query.list({ tenant, scope }).go({ pages: 'all' });
    for (const item of data) {
      const copies = byKey.get(item.key) ?? { staff: null, public: null };
      copies[scope] = item;
      byKey.set(item.key, copies);
    }
  }
  return byKey;
}

/**
 * Brings a municipality's national copies in line with the national tenant and the keys it hides: when it is
 * registered (it shows every national document from then on), when its hidden list changes (a hidden document
 * leaves it, an un-hidden one comes back), and whenever a repair is wanted. Its own documents are left alone.
 */
export async function reconcileNational(db: Db, national: string, target: NationalTarget): Promise<NationalOutcome> {
  const outcome: NationalOutcome = { copied: [], removed: [] };
  if (target.tenant === national) return outcome;
  for (const type of NATIONAL_TYPES) {
    const [source, held] = await Promise.all([itemsByKey(db, national, type), itemsByKey(db, target.tenant, type)]);
    const keys = new Set([
      ...source.keys(),
      ...[...held].flatMap(([key, copies]) => (copies.staff?.national || copies.public?.national ? [key] : [])),
    ]);
    for (const key of keys) {
      const wanted = target.hidden.includes(key) ? null : (source.get(key) ?? null);
      const done = await alignCopy(
        db,
        target.tenant,
        type,
        key,
        wanted,
        held.get(key) ?? { staff: null, public: null },
        copyOrAbsent,
      );
      if (done) outcome[done].push(`${target.tenant}: ${type}/${key}`);
    }
  }
  if (outcome.copied.length + outcome.removed.length > 0) await searchContentChanged(db, target.tenant);
  return outcome;
}
