import { utcInstant } from '../domain/sort-key.js';
import type { BaseDocument, DocumentItems } from './define.js';

/** Attributes every editorial item has; `listOrder` is its sort key within its list (domain/sort-key.ts). */
export const editorialBase = (doc: BaseDocument, tenant: string, listOrder: string) => ({
  tenant,
  key: doc.key,
  revision: doc.revision,
  updatedAt: utcInstant(doc.updatedAt ?? new Date()),
  listOrder,
});

/** The document's content without what the item spells differently (type, key, revision, visibility). */
export function contentOf<Doc extends BaseDocument & { visibility?: unknown }>(doc: Doc) {
  const {
    type: _type,
    key: _key,
    revision: _revision,
    updatedAt: _updatedAt,
    visibility: _visibility,
    ...content
  } = doc;
  return content;
}

/** The staff copy, and the public copy when the document is PUBLIC. */
export function withScopes(
  visibility: 'PUBLIC' | 'INTERNAL',
  staff: Record<string, unknown>,
  publicCopy: Record<string, unknown> = staff,
): DocumentItems {
  return {
    staff: { ...staff, scope: 'staff', visibility },
    public: visibility === 'PUBLIC' ? { ...publicCopy, scope: 'public', visibility } : null,
  };
}
