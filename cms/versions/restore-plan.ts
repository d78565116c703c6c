import type { CollectionSlug, Field, Payload, TypedUser } from 'payload';
import { fieldAffectsData, flattenTopLevelFields } from 'payload/shared';
import type { RestorePlan } from './restore-words.js';

type Data = Record<string, unknown>;

/** Written by Payload itself, never restored or compared. */
const bookkeeping = new Set(['id', 'createdAt', 'updatedAt', '_status']);

/**
 * A collection's data fields, split into the localized ones (one value per content language) and the
 * shared ones. Värna localizes top-level fields only (a localized field inside an array or group would be
 * restored with its parent, as a shared field).
 */
export function dataFields(fields: Field[]): { localized: string[]; shared: string[] } {
  const named = flattenTopLevelFields(fields).flatMap((field) =>
    fieldAffectsData(field) && field.name && !bookkeeping.has(field.name) ? [{ ...field, name: field.name }] : [],
  );
  return {
    localized: named.filter((field) => 'localized' in field && field.localized).map((field) => field.name),
    shared: named.filter((field) => !('localized' in field && field.localized)).map((field) => field.name),
  };
}

/** A value as compared: key order, null, undefined and the empty string do not count as differences. */
const canonical = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner === ''
        ? null
        : inner,
  );

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

const inLocale = (value: unknown, locale: string) =>
  value && typeof value === 'object' ? (value as Data)[locale] : undefined;

/** What restoring `version` (all locales) into `current` (the newest draft, all locales) changes. */
export function compareForRestore(
  version: Data,
  current: Data,
  fields: Field[],
  locales: string[],
): Omit<RestorePlan, 'writtenAt'> {
  const { localized, shared } = dataFields(fields);
  return {
    changedLocales: locales.filter((locale) =>
      localized.some((name) => !same(inLocale(version[name], locale), inLocale(current[name], locale))),
    ),
    changedSharedFields: shared.filter((name) => !same(version[name], current[name])),
  };
}

export interface LoadedRestore {
  /** The version's document (all locales). */
  version: Data;
  /** When the version was written (ISO). */
  writtenAt: string;
  /** The document the version belongs to. */
  parent: string | number;
  /** The document's newest draft (all locales). */
  current: Data;
}

/** Reads a version and its document's newest draft in every locale, with the user's access. */
export async function loadRestore(
  payload: Payload,
  collection: CollectionSlug,
  versionId: string | number,
  user: TypedUser | null,
): Promise<LoadedRestore> {
  const access = { overrideAccess: false, user, depth: 0, locale: 'all' as const };
  const found = await payload.findVersionByID({ collection, id: String(versionId), ...access });
  const parent =
    typeof found.parent === 'object' && found.parent
      ? (found.parent as { id: string | number }).id
      : (found.parent as string | number);
  const current = (await payload.findByID({ collection, id: parent, draft: true, ...access })) as unknown as Data;
  return {
    version: found.version as unknown as Data,
    writtenAt: String(found.updatedAt ?? found.createdAt),
    parent,
    current,
  };
}

/** What the restore dialog shows for a version: when it was written and what it would change. */
export async function planRestore(
  payload: Payload,
  collection: CollectionSlug,
  versionId: string | number,
  user: TypedUser | null,
): Promise<RestorePlan> {
  const loaded = await loadRestore(payload, collection, versionId, user);
  const locales = payload.config.localization ? payload.config.localization.localeCodes : [];
  return {
    writtenAt: loaded.writtenAt,
    ...compareForRestore(loaded.version, loaded.current, payload.collections[collection].config.fields, locales),
  };
}
