import { districtSchema } from '../../data/entities/district.js';
import { localeCode } from '../../domain/locale.js';
import { localizeAll } from '../../content-types/localize.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';

// districts: every district of the tenant by name (a short reference list: all pages in one call)
export const districts: NonNullable<QueryResolvers['districts']> = async (_, { locale }, context) => {
  const { data } = await context.db.entities.district.query.list({ tenant: context.tenant }).go({ pages: 'all' });
  return localizeAll(districtSchema, data, localeCode(locale));
};
