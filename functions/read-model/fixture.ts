import { contentTypes, type FixtureSection } from './content-types.js';
import type { DocumentType, EditorialDocumentInput } from './documents/index.js';

/**
 * The contract's import format (`fixture.example.json`): collections of documents with a `key` and a
 * `status`. Drafts never reach the read model.
 */
type FixtureDocument = { key: string; status?: 'published' | 'draft' } & Record<string, unknown>;

/** One section per content type (content-types.ts). */
export type EditorialFixture = Partial<Record<FixtureSection, FixtureDocument[]>>;

/** The document type of each section, in publishing order. */
export const fixtureCollections = Object.fromEntries(contentTypes.map((contentType) => [contentType.fixtureSection, contentType.type])) as Record<FixtureSection, DocumentType>;

/** Districts first, then organisations: what the other documents refer to is published before them. */
export function documentsOf(fixture: EditorialFixture, revision: number) {
  const published: EditorialDocumentInput[] = [];
  const drafts: { type: DocumentType; key: string }[] = [];
  for (const [collection, type] of Object.entries(fixtureCollections) as [keyof EditorialFixture, DocumentType][]) {
    for (const { status, ...document } of fixture[collection] ?? []) {
      if (status === 'draft') drafts.push({ type, key: document.key });
      else published.push({ ...document, type, revision } as EditorialDocumentInput);
    }
  }
  return { published, drafts };
}
