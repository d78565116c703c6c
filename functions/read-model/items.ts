import type { z } from 'zod';
import { descendingPriority, joinSortKey, swedishSortText, utcInstant } from '../domain/sort-key.js';
import type {
  councilMeetingDocument,
  districtDocument,
  EditorialDocument,
  organisationDocument,
  pageDocument,
  supportResourceDocument,
  trainingDocument,
} from './documents/index.js';

/**
 * Read-model items of one published document: the staff copy of everything, and the public copy of
 * PUBLIC documents, stripped of what the public must never receive.
 */
export interface DocumentItems {
  entity: EditorialDocument['type'];
  staff: Record<string, unknown>;
  public: Record<string, unknown> | null;
}

const editorialBase = (doc: { key: string; revision: number; updatedAt?: string | undefined }, tenant: string, listOrder: string) => ({
  tenant,
  key: doc.key,
  revision: doc.revision,
  updatedAt: utcInstant(doc.updatedAt ?? new Date()),
  listOrder,
});

function withScopes(entity: DocumentItems['entity'], visibility: 'PUBLIC' | 'INTERNAL', staff: Record<string, unknown>, publicCopy: Record<string, unknown>): DocumentItems {
  return {
    entity,
    staff: { ...staff, scope: 'staff', visibility },
    public: visibility === 'PUBLIC' ? { ...publicCopy, scope: 'public', visibility } : null,
  };
}

function supportResourceItems(doc: z.output<typeof supportResourceDocument>, tenant: string): DocumentItems {
  const { type: _type, visibility, key: _key, revision: _revision, updatedAt: _updatedAt, ...content } = doc;
  const item = {
    ...editorialBase(doc, tenant, joinSortKey(descendingPriority(doc.priority), swedishSortText(doc.title.sv ?? ''), doc.key)),
    ...content,
    verifiedAt: doc.verifiedAt ? utcInstant(doc.verifiedAt) : undefined,
  };
  return withScopes('supportResource', visibility, item, item);
}

function organisationItems(doc: z.output<typeof organisationDocument>, tenant: string): DocumentItems {
  const { type: _type, visibility, key: _key, revision: _revision, updatedAt: _updatedAt, ...content } = doc;
  const item = { ...editorialBase(doc, tenant, joinSortKey(swedishSortText(doc.name), doc.key)), ...content };
  // A person who has not consented is not written to the public copy at all.
  const publicCopy = { ...item, contactPersons: doc.contactPersons.filter((person) => person.publicConsent) };
  return withScopes('organisation', visibility, item, publicCopy);
}

function councilMeetingItems(doc: z.output<typeof councilMeetingDocument>, tenant: string): DocumentItems {
  const { type: _type, key: _key, revision: _revision, updatedAt: _updatedAt, minutes, ...content } = doc;
  const startsAt = utcInstant(doc.startsAt);
  const item = {
    ...editorialBase(doc, tenant, joinSortKey(startsAt, doc.key)),
    ...content,
    startsAt,
    endsAt: doc.endsAt ? utcInstant(doc.endsAt) : undefined,
    minutes: minutes ?? undefined,
  };
  // Meetings are public; their minutes reach the public copy only when the minutes themselves are.
  const minutesArePublic = doc.minutesVisibility === 'PUBLIC';
  const publicCopy = { ...item, minutes: minutesArePublic ? item.minutes : undefined, minutesDocument: minutesArePublic ? item.minutesDocument : undefined };
  return withScopes('councilMeeting', 'PUBLIC', item, publicCopy);
}

function trainingItems(doc: z.output<typeof trainingDocument>, tenant: string): DocumentItems {
  const { type: _type, visibility, key: _key, revision: _revision, updatedAt: _updatedAt, ...content } = doc;
  const startsAt = utcInstant(doc.startsAt);
  const item = {
    ...editorialBase(doc, tenant, joinSortKey(startsAt, doc.key)),
    ...content,
    startsAt,
    endsAt: doc.endsAt ? utcInstant(doc.endsAt) : undefined,
  };
  return withScopes('training', visibility, item, item);
}

function pageItems(doc: z.output<typeof pageDocument>, tenant: string): DocumentItems {
  const { type: _type, visibility, key: _key, revision: _revision, updatedAt: _updatedAt, ...content } = doc;
  const item = { ...editorialBase(doc, tenant, joinSortKey(swedishSortText(doc.title.sv ?? ''), doc.key)), ...content };
  return withScopes('page', visibility, item, item);
}

function districtItems(doc: z.output<typeof districtDocument>, tenant: string): DocumentItems {
  const { listOrder, ...base } = editorialBase(doc, tenant, joinSortKey(swedishSortText(doc.name.sv ?? ''), doc.key));
  // Districts are reference data without scope: one item, always public.
  return { entity: 'district', staff: { ...base, listOrder, name: doc.name }, public: null };
}

/** How each type's published document becomes its read-model items. */
const itemBuilders: { [Type in EditorialDocument['type']]: (doc: Extract<EditorialDocument, { type: Type }>, tenant: string) => DocumentItems } = {
  supportResource: supportResourceItems,
  organisation: organisationItems,
  councilMeeting: councilMeetingItems,
  training: trainingItems,
  page: pageItems,
  district: districtItems,
};

export function itemsOf(doc: EditorialDocument, tenant: string): DocumentItems {
  return (itemBuilders[doc.type] as (doc: EditorialDocument, tenant: string) => DocumentItems)(doc, tenant);
}
