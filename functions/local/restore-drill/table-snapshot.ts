import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Db } from '../../data/db.js';
import { locales } from '../../domain/locale.js';
import { loadStoredSearchIndex } from '../../search/index-store.js';
import { searchPointerOf } from '../../search/version.js';
import { canonicalJson, type ItemSet } from './canonical.js';
import { partOf, type TablePart } from './table-parts.js';
import { scanTable, type RawItem } from './table-backup.js';

export type TableSnapshot = Record<TablePart, ItemSet>;

/** An item's name in a report: its entity and table key. */
export const itemName = (item: Record<string, unknown>) =>
  `${String(item.__edb_e__ ?? '(no entity)')} ${String(item.pk)} | ${String(item.sk)}`;

/**
 * A document guard's write time: the resync writes each published document's guard again (same revision, key
 * and state) at its own time. Every other attribute of every item is compared.
 */
const writeTimeOf: Record<string, string> = { documentRevision: 'updatedAt' };

/** Every item of the parts a scan sees (all but the search index) by name, from one scan of the table. */
export function tablePartsOf(items: RawItem[]): Omit<TableSnapshot, 'search'> {
  const parts: Omit<TableSnapshot, 'search'> = {
    register: new Map(),
    training: new Map(),
    announcements: new Map(),
    other: new Map(),
    readModel: new Map(),
    documentGuards: new Map(),
  };
  for (const raw of items) {
    const item = unmarshall(raw);
    const entity = item.__edb_e__ as string | undefined;
    const part = partOf(entity);
    if (part === 'search') continue;
    const writeTime = entity ? writeTimeOf[entity] : undefined;
    const compared = writeTime ? { ...item, [writeTime]: undefined } : item;
    parts[part].set(itemName(item), canonicalJson(compared));
  }
  return parts;
}

interface SerializedMiniSearch {
  documentIds: Record<string, string>;
  fieldIds: Record<string, number>;
  fieldLength: Record<string, number[]>;
  storedFields: Record<string, unknown>;
  index: [string, Record<string, Record<string, number>>][];
}

/**
 * The search index by its documents: per scope and locale, each indexed document's stored fields, field
 * lengths and every term with its field and frequency. Not the stored chunks' bytes: the chunks are keyed by
 * the content version, which counts the changes that led to the content (a rebuild after a restore counts
 * its own), and MiniSearch numbers documents in the order they were added, so equal indexes can differ in
 * bytes; what a search finds depends only on what is compared here.
 */
export async function searchIndexOf(db: Db, tenant: string): Promise<ItemSet> {
  const documents: ItemSet = new Map();
  const { built } = await searchPointerOf(db, tenant);
  if (built === undefined) return documents;
  for (const scope of ['public', 'staff'] as const) {
    for (const locale of locales) {
      const json = await loadStoredSearchIndex(db, { tenant, scope, locale, version: built });
      if (json === null) {
        documents.set(`${scope}/${locale} (index)`, 'missing');
        continue;
      }
      const index = JSON.parse(json) as SerializedMiniSearch;
      const fieldNames = Object.fromEntries(Object.entries(index.fieldIds).map(([name, id]) => [String(id), name]));
      const terms = new Map<string, string[]>();
      for (const [term, fields] of index.index) {
        for (const [fieldId, frequencies] of Object.entries(fields)) {
          for (const [shortId, frequency] of Object.entries(frequencies)) {
            const list = terms.get(shortId) ?? [];
            list.push(`${term}\t${fieldNames[fieldId]}\t${frequency}`);
            terms.set(shortId, list);
          }
        }
      }
      for (const [shortId, id] of Object.entries(index.documentIds)) {
        documents.set(
          `${scope}/${locale} ${id}`,
          canonicalJson({
            stored: index.storedFields[shortId],
            fieldLength: index.fieldLength[shortId],
            terms: (terms.get(shortId) ?? []).sort(),
          }),
        );
      }
    }
  }
  return documents;
}

export async function tableSnapshot(client: DynamoDBClient, tableName: string, db: Db, tenant: string) {
  const [items, search] = await Promise.all([scanTable(client, tableName), searchIndexOf(db, tenant)]);
  return { ...tablePartsOf(items), search } satisfies TableSnapshot;
}
