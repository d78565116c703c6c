import type { ContentTypeDescription } from '../content-types/describe.js';
import { localize, localizeAll, type Localized } from '../content-types/localize.js';
import {
  describedEntityOn,
  schemaOf,
  type DescribedEntitySchema,
  type DescribedItem,
} from '../data/entities/described.js';
import { isPossibleSlug } from '../domain/identifiers.js';
import { localeCode } from '../domain/locale.js';
import type { Context } from '../server/context.js';
import { previewedItem } from '../editorial/preview.js';

/**
 * The plain reads of a described content type (content-types/describe.ts), as root resolvers: its
 * `Query.<type>(slug)` is `documentBySlug(<type>)` and its `Query.<types>` is `documentList(<type>)`.
 */
type View<Description extends ContentTypeDescription> = Localized<
  DescribedItem<Description>,
  DescribedEntitySchema<Description>
>;

type SlugArguments = { slug: string; locale?: string | null };
type ListArguments = { locale?: string | null; filter?: Record<string, string | null | undefined> | null };

/** Whether a stored item's choices field holds a value. */
const holds = (item: Record<string, unknown>, field: string, value: string) => {
  const values = item[field];
  return Array.isArray(values) && values.includes(value);
};

// <type>(slug): one GetItem in the caller's scope (of the draft a preview token names, if it names this one)
export function documentBySlug<Description extends ContentTypeDescription>(
  description: Description,
): (_: unknown, args: SlugArguments, context: Context) => Promise<View<Description> | null>;
export function documentBySlug(
  description: ContentTypeDescription,
): (_: unknown, args: SlugArguments, context: Context) => Promise<object | null> {
  return async (_, { slug, locale }, context) => {
    const key = slug.toLowerCase();
    if (!isPossibleSlug(key)) return null;
    const code = localeCode(locale);
    const previewed = await previewedItem<{ key: string }>(context, description.type, key, code);
    const data =
      previewed !== undefined
        ? previewed
        : (
            await describedEntityOn(context.db, description)
              .get({ tenant: context.tenant, scope: context.scope, key })
              .go()
          ).data;
    return data ? localize(schemaOf(description), data, code) : null;
  };
}

// <types>: the caller's scope in list order (a short editorial list: all pages in one call); a filter keeps
// the documents whose choices hold its value
export function documentList<Description extends ContentTypeDescription>(
  description: Description,
): (_: unknown, args: ListArguments, context: Context) => Promise<View<Description>[]>;
export function documentList(
  description: ContentTypeDescription,
): (_: unknown, args: ListArguments, context: Context) => Promise<object[]> {
  return async (_, { locale, filter }, context) => {
    const { data } = await describedEntityOn(context.db, description)
      .query.list({ tenant: context.tenant, scope: context.scope })
      .go({ pages: 'all' });
    const narrowed = Object.entries(filter ?? {}).reduce((items, [argument, value]) => {
      const field = description.filters?.[argument];
      return field && value ? items.filter((item) => holds(item, field, value)) : items;
    }, data);
    return localizeAll(schemaOf(description), narrowed, localeCode(locale));
  };
}
