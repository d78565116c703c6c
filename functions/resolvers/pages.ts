import { isPossibleSlug } from '../domain/identifiers.js';
import { localeCode, pick } from '../domain/locale.js';
import type { PageResolvers, QueryResolvers } from '../graphql/types.generated.js';
import { localized } from '../graphql/mappers.js';

// page(slug): one GetItem in the caller's scope
export const page: NonNullable<QueryResolvers['page']> = async (_, { slug, locale }, context) => {
  if (!isPossibleSlug(slug.toLowerCase())) return null;
  const { data } = await context.db.entities.page.get({ tenant: context.tenant, scope: context.scope, key: slug.toLowerCase() }).go();
  return data ? localized(data, localeCode(locale)) : null;
};

export const Page: PageResolvers = {
  id: ({ item }) => item.key,
  slug: ({ item }) => item.key,
  title: ({ item, locale }) => pick(item.title, locale) ?? '',
  body: ({ item, locale }) => pick(item.body, locale),
  visibility: ({ item }) => item.visibility,
  updatedAt: ({ item }) => item.updatedAt,
};
