import type { EntityConfiguration } from 'electrodb';
import type { z } from 'zod';

/** What every editorial document carries: the key it is published under and the CMS revision it came from. */
export interface BaseDocument {
  type: string;
  key: string;
  revision: number;
  updatedAt?: string | undefined;
}

/**
 * Read-model items of one published document: the staff copy of everything, and the public copy of
 * PUBLIC documents, stripped of what the public must never receive.
 */
export interface DocumentItems {
  staff: Record<string, unknown>;
  public: Record<string, unknown> | null;
}

/** A document in the contract's import format (`fixture.example.json`): drafts never reach the read model. */
export type FixtureDocument = { key: string; status?: 'published' | 'draft' } & Record<string, unknown>;

/** Builds the type's ElectroDB entity on a client and table (functions/data/entities/<type>.ts). */
export type EntityFactory = (config: EntityConfiguration) => unknown;

/**
 * One editorial content type, described once. The read model's writer, the CMS's publish mapping, resync
 * and import, and the example content iterate over the registry of these (content-types/index.ts); which
 * fields are localised, rich text or relations the CMS reads from the collection's own config.
 */
export interface ContentType<
  Schema extends z.ZodType<BaseDocument> = z.ZodType<BaseDocument>,
  Type extends string = string,
  Slug extends string = string,
  Section extends string = string,
> {
  /** The document type: also the entity's name and, capitalised, the GraphQL type's. */
  type: Type;
  /** The CMS collection that owns the documents. */
  cmsSlug: Slug;
  /** The document's section in the import format. */
  fixtureSection: Section;
  /** Whether documents have a public and a staff copy (all but districts, which everyone reads alike). */
  scoped: boolean;
  entity: EntityFactory;
  /** The shared rules a published document must meet (the CMS checks them before it publishes); output is sanitised. */
  document: Schema;
  items(doc: z.output<Schema>, tenant: string): DocumentItems;
  /** Example content for `npm run dev` and a fresh CMS, in the import format. */
  examples(now: Date): FixtureDocument[];
}

/** Keeps a content type's literal names (type, collection, section) for the registry's types. */
export const defineContentType = <
  Schema extends z.ZodType<BaseDocument>,
  const Type extends z.output<Schema>['type'],
  const Slug extends string,
  const Section extends string,
>(
  contentType: ContentType<Schema, Type, Slug, Section>,
) => contentType;
