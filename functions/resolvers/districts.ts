import { localeCode, pick } from '../domain/locale.js';
import type { DistrictResolvers, QueryResolvers } from '../graphql/types.generated.js';
import { localizedAll } from '../graphql/mappers.js';

// districts: every district of the tenant by name (a short reference list: all pages in one call)
export const districts: NonNullable<QueryResolvers['districts']> = async (_, { locale }, context) => {
  const { data } = await context.db.entities.district.query.list({ tenant: context.tenant }).go({ pages: 'all' });
  return localizedAll(data, localeCode(locale));
};

export const District: DistrictResolvers = {
  slug: ({ item }) => item.key,
  name: ({ item, locale }) => pick(item.name, locale) ?? item.key,
};
