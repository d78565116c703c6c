import {
  contentTypes,
  type ContentTypeRegistry,
  type EditorialDocumentInput,
  type FixtureSection,
} from '../content-types/index.js';
import type { FixtureDocument } from '../content-types/define.js';

/**
 * The contract's import format (`fixture.example.json`): one section per content type, each a list of
 * documents with a `key` and a `status`. Drafts never reach the read model.
 */
export type EditorialFixture = Partial<Record<FixtureSection, FixtureDocument[]>>;

/** The document type of each section of a registry, in publishing order. */
export const fixtureSections = (registry: ContentTypeRegistry = contentTypes): Record<string, string> =>
  Object.fromEntries(registry.map((contentType) => [contentType.fixtureSection, contentType.type]));

/** Every type's example content (`npm run dev`, a fresh CMS), in the import format. */
export const exampleContent = (now: Date, registry: ContentTypeRegistry = contentTypes): EditorialFixture =>
  Object.fromEntries(registry.map((contentType) => [contentType.fixtureSection, contentType.examples(now)]));

/** Districts first, then organisations: what the other documents refer to is published before them. */
export function documentsOf(
  fixture: Record<string, FixtureDocument[] | undefined>,
  revision: number,
  registry: ContentTypeRegistry = contentTypes,
) {
  const published: EditorialDocumentInput[] = [];
  const drafts: { type: string; key: string }[] = [];
  for (const [section, type] of Object.entries(fixtureSections(registry))) {
    for (const { status, ...document } of fixture[section] ?? []) {
      if (status === 'draft') drafts.push({ type, key: document.key });
      else published.push({ ...document, type, revision } as EditorialDocumentInput);
    }
  }
  return { published, drafts };
}
