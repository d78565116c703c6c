import type { z } from 'zod';
import { councilMeeting } from './council-meeting.js';
import type { ContentType } from './define.js';
import { department } from './department.js';
import { district } from './district.js';
import { describedTypes } from './described.js';
import { contentTypesFrom } from './from-description.js';
import { organisation } from './organisation.js';
import { supportResource } from './support-resource.js';
import { training } from './training.js';

/**
 * The editorial content types (one module each, see define.ts), in publishing order: what others refer to
 * first. The read model's writer, the CMS's sync, resync and import, and the example content iterate over
 * this list; adding a type here is what makes the pipeline carry it.
 */
export const contentTypes = [
  district,
  department,
  organisation,
  supportResource,
  councilMeeting,
  training,
  ...contentTypesFrom(describedTypes),
] as const;

export type EditorialContentType = (typeof contentTypes)[number];
export type DocumentType = EditorialContentType['type'];
export type EditorialCollection = EditorialContentType['cmsSlug'];
export type FixtureSection = EditorialContentType['fixtureSection'];
/** A published document as the CMS hands it over (before validation and sanitising). */
export type EditorialDocumentInput = z.input<EditorialContentType['document']>;

/** Any registry of content types: the shipped one, or one a test extends. */
export type ContentTypeRegistry = readonly ContentType<any>[];

export const editorialCollections: EditorialCollection[] = contentTypes.map((contentType) => contentType.cmsSlug);

export const isEditorialCollection = (slug: string): slug is EditorialCollection =>
  contentTypes.some((contentType) => contentType.cmsSlug === slug);

export function contentTypeOfCollection(slug: EditorialCollection): EditorialContentType;
export function contentTypeOfCollection(
  slug: string,
  registry: ContentTypeRegistry,
): ContentTypeRegistry[number] | undefined;
export function contentTypeOfCollection(slug: string, registry: ContentTypeRegistry = contentTypes) {
  return registry.find((contentType) => contentType.cmsSlug === slug);
}

export const contentTypeOf = (type: string, registry: ContentTypeRegistry = contentTypes) =>
  registry.find((contentType) => contentType.type === type);
