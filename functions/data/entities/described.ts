import {
  Entity,
  type DocumentClient,
  type EntityConfiguration,
  type EntityItem,
  type OpaquePrimitiveTypeName,
} from 'electrodb';
import type { ContentTypeDescription, FieldDescription } from '../../content-types/describe.js';
import { editorialAttributes, editorialListIndex, editorialPrimaryIndex, localizedText, stringList } from './shared.js';

/** The stored attribute of a described field (what the description's rules leave in a published document). */
type AttributeOf<Field extends FieldDescription> = Field extends { kind: 'text' | 'richText' }
  ? Field extends { required: true }
    ? typeof localizedText & { readonly required: true }
    : typeof localizedText
  : Field extends { kind: 'number' }
    ? { readonly type: 'number'; readonly required: true }
    : Field extends { kind: 'choices'; values: readonly (infer Value extends string)[] }
      ? {
          readonly type: 'list';
          readonly items: { readonly type: OpaquePrimitiveTypeName<Value> };
          readonly required: true;
        }
      : typeof stringList & { readonly required: true };

type AttributesOf<Fields extends Record<string, FieldDescription>> = {
  readonly [Name in keyof Fields]: AttributeOf<Fields[Name]>;
};

function attributeOf(field: FieldDescription) {
  switch (field.kind) {
    case 'text':
      return field.required ? { ...localizedText, required: true } : localizedText;
    case 'richText':
      return localizedText;
    case 'number':
      return { type: 'number', required: true };
    case 'choices':
      return { type: 'list', items: { type: 'string' }, required: true };
    case 'references':
      return { ...stringList, required: true };
  }
}

/**
 * The read-model entity of a described type: the editorial attributes every type has, one attribute per
 * field, and the two reads every editorial type serves.
 */
export const describedEntitySchema = <Type extends string, Fields extends Record<string, FieldDescription>>(
  description: ContentTypeDescription<Type, string, Fields>,
) => ({
  model: { entity: description.type, version: '1', service: 'varna' } as const,
  attributes: {
    ...editorialAttributes,
    ...(Object.fromEntries(
      Object.entries(description.fields).map(([name, field]) => [name, attributeOf(field)]),
    ) as AttributesOf<Fields>),
  },
  indexes: {
    // <type>(slug): one GetItem in the caller's scope
    bySlug: editorialPrimaryIndex,
    // <types>: the list order, within the caller's scope
    list: editorialListIndex,
  },
});

export type DescribedEntitySchema<Description extends ContentTypeDescription<string, string, any>> =
  Description extends ContentTypeDescription<infer Type, string, infer Fields>
    ? ReturnType<typeof describedEntitySchema<Type, Fields>>
    : never;

/** The schemas already built, so that each description's entity parses its model once per process. */
const schemas = new WeakMap<ContentTypeDescription, unknown>();

export function schemaOf<Description extends ContentTypeDescription<string, string, any>>(
  description: Description,
): DescribedEntitySchema<Description> {
  let schema = schemas.get(description);
  if (!schema) schemas.set(description, (schema = describedEntitySchema(description)));
  return schema as DescribedEntitySchema<Description>;
}

export const createDescribedEntity = <Description extends ContentTypeDescription<string, string, any>>(
  description: Description,
  config: EntityConfiguration,
) => new Entity(schemaOf(description), config);

export type DescribedItem<Description extends ContentTypeDescription<string, string, any>> = EntityItem<
  ReturnType<typeof createDescribedEntity<Description>>
>;

/** Any described type as the plain reads see it: the editorial attributes and keys every one has. */
type AnyDescription = ContentTypeDescription<string, string, Record<never, FieldDescription>>;

const entitiesByTable = new WeakMap<
  object,
  Map<AnyDescription, ReturnType<typeof createDescribedEntity<AnyDescription>>>
>();

/** A described type's entity on a client and table, built once (each build parses the model). */
export function describedEntityOn(config: { client: DocumentClient; table: string }, description: AnyDescription) {
  let entities = entitiesByTable.get(config.client);
  if (!entities) entitiesByTable.set(config.client, (entities = new Map()));
  let entity = entities.get(description);
  if (!entity) entities.set(description, (entity = createDescribedEntity(description, config)));
  return entity;
}
