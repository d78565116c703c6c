import { localizedText } from '../data/entities/shared.js';
import { pick, type LocaleCode } from '../domain/locale.js';

/**
 * Editorial items as GraphQL's default resolvers can serve them: every localised attribute (an entity
 * attribute defined as shared.ts's `localizedText`) becomes its text in the requested locale with Swedish
 * as fallback, the key is also the `id` and `slug`, and the locale stays with the view for its relations.
 * The root resolvers localise; the types' own resolvers remain only for what is computed or related.
 */
interface EntitySchema {
  attributes: Record<string, unknown>;
}

type LocalizedAttributes<Schema extends EntitySchema> = {
  [Name in keyof Schema['attributes']]: Schema['attributes'][Name] extends {
    properties: typeof localizedText.properties;
  }
    ? Name
    : never;
}[keyof Schema['attributes']];

export type Localized<Item, Schema extends EntitySchema> = Omit<Item, LocalizedAttributes<Schema>> & {
  [Name in LocalizedAttributes<Schema> & keyof Item]: Schema['attributes'][Name] extends { required: true }
    ? string
    : string | null;
} & { id: string; slug: string; locale: LocaleCode };

const localizedNames = new WeakMap<EntitySchema, string[]>();

function localizedAttributesOf(schema: EntitySchema): string[] {
  let names = localizedNames.get(schema);
  if (!names) {
    names = Object.entries(schema.attributes).flatMap(([name, attribute]) =>
      (attribute as { properties?: unknown }).properties === localizedText.properties ? [name] : [],
    );
    localizedNames.set(schema, names);
  }
  return names;
}

export function localize<Schema extends EntitySchema, Item extends { key: string }>(
  schema: Schema,
  item: Item,
  locale: LocaleCode,
): Localized<Item, Schema> {
  const view: Record<string, unknown> = { ...item, id: item.key, slug: item.key, locale };
  for (const name of localizedAttributesOf(schema)) view[name] = pick((item as Record<string, never>)[name], locale);
  return view as Localized<Item, Schema>;
}

export const localizeAll = <Schema extends EntitySchema, Item extends { key: string }>(
  schema: Schema,
  items: Item[],
  locale: LocaleCode,
) => items.map((item) => localize(schema, item, locale));
