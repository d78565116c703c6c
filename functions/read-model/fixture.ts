import type { DocumentType, EditorialDocumentInput } from './documents/index.js';

/**
 * The contract's import format (`fixture.example.json`): collections of documents with a `key` and a
 * `status`. Drafts never reach the read model.
 */
type FixtureDocument = { key: string; status?: 'published' | 'draft' } & Record<string, unknown>;

export interface EditorialFixture {
  districts?: FixtureDocument[];
  organisations?: FixtureDocument[];
  supportResources?: FixtureDocument[];
  councilMeetings?: FixtureDocument[];
  trainings?: FixtureDocument[];
  pages?: FixtureDocument[];
}

export const fixtureCollections: Record<keyof EditorialFixture, DocumentType> = {
  districts: 'district',
  organisations: 'organisation',
  supportResources: 'supportResource',
  councilMeetings: 'councilMeeting',
  trainings: 'training',
  pages: 'page',
};

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
