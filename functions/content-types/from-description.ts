import { z } from 'zod';
import { createDescribedEntity } from '../data/entities/described.js';
import { ascendingOrder, joinSortKey, swedishSortText } from '../domain/sort-key.js';
import type { BaseDocument, ContentType } from './define.js';
import { fixtureSectionOf, type ChoicesField, type ContentTypeDescription, type FieldDescription } from './describe.js';
import {
  documentKey,
  localizedHtml,
  localizedText,
  optionalLocalizedText,
  revisionFields,
  visibility,
} from './fields.js';
import { contentOf, editorialBase, withScopes } from './items.js';

/** The rule a described field's value must meet in a published document. */
type RuleOf<Field extends FieldDescription> = Field extends { kind: 'text' }
  ? Field extends { required: true }
    ? ReturnType<typeof localizedText>
    : ReturnType<typeof optionalLocalizedText>
  : Field extends { kind: 'richText' }
    ? typeof localizedHtml
    : Field extends { kind: 'number' }
      ? z.ZodDefault<z.ZodNumber>
      : Field extends ChoicesField<infer Value>
        ? z.ZodDefault<z.ZodArray<z.ZodEnum<{ [V in Value]: V }>>>
        : z.ZodDefault<z.ZodArray<typeof documentKey>>;

function ruleOf(field: FieldDescription): z.ZodType {
  switch (field.kind) {
    case 'text':
      return field.required ? localizedText(field.max) : optionalLocalizedText(field.max);
    case 'richText':
      return localizedHtml;
    case 'number':
      return z.number().int().min(field.min).max(field.max).default(field.default);
    case 'choices':
      return z.array(z.enum(field.values)).default([]);
    case 'references':
      return z
        .array(documentKey)
        .max(field.max)
        .default([])
        .refine((keys) => new Set(keys).size === keys.length, field.duplicateMessage);
  }
}

type RulesOf<Fields extends Record<string, FieldDescription>> = { [Name in keyof Fields]: RuleOf<Fields[Name]> };

/** What every described type's document has before its own fields. */
const baseRules = <Type extends string>(type: Type) => ({ type: z.literal(type), ...revisionFields, visibility });

/** The rules of a described type's published documents: its names, the revision, the visibility, its fields. */
export function documentRules<Type extends string, Fields extends Record<string, FieldDescription>>(
  description: ContentTypeDescription<Type, string, Fields>,
): z.ZodObject<ReturnType<typeof baseRules<Type>> & RulesOf<Fields>>;
export function documentRules(description: ContentTypeDescription): z.ZodType {
  return rulesOf(description);
}

function rulesOf(description: ContentTypeDescription): z.ZodType<DescribedDocument> {
  const fields = Object.fromEntries(Object.entries(description.fields).map(([name, field]) => [name, ruleOf(field)]));
  // Built from the description at run time: the output is a DescribedDocument by its base rules, which
  // TypeScript cannot follow through a record of fields (documentRules' signature states the precise type).
  // The base rules first: a refused document's errors name its key and visibility before its fields.
  const rules: z.ZodType = z.object({ ...baseRules(description.type), ...fields });
  return rules as z.ZodType<DescribedDocument>;
}

/** A document's place in its list: the description's fields in their order, then the key. */
function listOrderOf(
  description: Pick<ContentTypeDescription, 'listOrder' | 'fields'>,
  doc: Record<string, unknown> & { key: string },
): string {
  const parts = description.listOrder.map((name) => {
    const value = doc[name];
    if (description.fields[name]?.kind === 'number') return ascendingOrder(Number(value ?? 0));
    return swedishSortText((value as { sv?: string } | undefined)?.sv ?? '');
  });
  return joinSortKey(...parts, doc.key);
}

type PreciseContentType<Type extends string, Slug extends string, Fields extends Record<string, FieldDescription>> =
  ReturnType<typeof documentRules<Type, Fields>> extends infer Rules extends z.ZodType<BaseDocument>
    ? ContentType<Rules, Type, Slug, ReturnType<typeof fixtureSectionOf<Slug>>>
    : never;

/** A described type's published document, as far as every type's pipeline reads it. */
type DescribedDocument = BaseDocument & { visibility: 'PUBLIC' | 'INTERNAL' } & Record<string, unknown>;

/**
 * The content type of a description, as the registry holds it: public and staff copies by the document's
 * visibility, each the document's fields as they are.
 */
export function contentTypeFrom<
  const Type extends string,
  const Slug extends string,
  const Fields extends Record<string, FieldDescription>,
>(description: ContentTypeDescription<Type, Slug, Fields>): PreciseContentType<Type, Slug, Fields>;
export function contentTypeFrom(description: ContentTypeDescription): ContentType<z.ZodType<DescribedDocument>> {
  return {
    type: description.type,
    cmsSlug: description.collection,
    fixtureSection: fixtureSectionOf(description.collection),
    scoped: true,
    entity: (config) => createDescribedEntity(description, config),
    document: rulesOf(description),
    items: (doc, tenant) =>
      withScopes(doc.visibility, { ...editorialBase(doc, tenant, listOrderOf(description, doc)), ...contentOf(doc) }),
    examples: description.examples,
  };
}

type DescribedContentType<Description> =
  Description extends ContentTypeDescription<infer Type, infer Slug, infer Fields>
    ? ReturnType<typeof contentTypeFrom<Type, Slug, Fields>>
    : never;

/** The content types of a list of descriptions, in its order. */
export const contentTypesFrom = <const Descriptions extends readonly ContentTypeDescription<string, string, any>[]>(
  descriptions: Descriptions,
) =>
  descriptions.map((description) => contentTypeFrom(description)) as {
    [Index in keyof Descriptions]: DescribedContentType<Descriptions[Index]>;
  };
