import type { DocumentType } from './documents/index.js';

/**
 * The editorial content types, each named once: its read-model document type (also the schema's and the
 * entity's name), its CMS collection, its section in the import format, and whether it has scoped copies
 * (public and staff) or one item for everyone. The read model's writer, the CMS's sync, resync and import
 * iterate over this list; what a type's fields are (localised, rich text, relations) the CMS reads from
 * the collection's own config. In publishing order: what others refer to first.
 */
export const contentTypes = [
  { type: 'district', cmsSlug: 'districts', fixtureSection: 'districts', scoped: false },
  { type: 'organisation', cmsSlug: 'organisations', fixtureSection: 'organisations', scoped: true },
  { type: 'supportResource', cmsSlug: 'support-resources', fixtureSection: 'supportResources', scoped: true },
  { type: 'councilMeeting', cmsSlug: 'council-meetings', fixtureSection: 'councilMeetings', scoped: true },
  { type: 'training', cmsSlug: 'trainings', fixtureSection: 'trainings', scoped: true },
  { type: 'page', cmsSlug: 'pages', fixtureSection: 'pages', scoped: true },
] as const satisfies readonly { type: DocumentType; cmsSlug: string; fixtureSection: string; scoped: boolean }[];

export type ContentType = (typeof contentTypes)[number];
export type EditorialCollection = ContentType['cmsSlug'];
export type FixtureSection = ContentType['fixtureSection'];

export const editorialCollections: EditorialCollection[] = contentTypes.map((contentType) => contentType.cmsSlug);

export const isEditorialCollection = (slug: string): slug is EditorialCollection => contentTypes.some((contentType) => contentType.cmsSlug === slug);

export const contentTypeOfCollection = (slug: EditorialCollection): ContentType => contentTypes.find((contentType) => contentType.cmsSlug === slug)!;

/** Whether a type's documents have a public and a staff copy (all but districts, which everyone reads alike). */
export const isScoped = (type: DocumentType): boolean => contentTypes.find((contentType) => contentType.type === type)?.scoped ?? true;
