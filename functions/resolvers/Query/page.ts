import { page as pageType } from '../../content-types/page.js';
import { schemaOf } from '../../data/entities/described.js';
import { isPossibleSlug } from '../../domain/identifiers.js';
import { localeCode } from '../../domain/locale.js';
import { localize } from '../../content-types/localize.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';

// page(slug): one GetItem in the caller's scope
export const page: NonNullable<QueryResolvers['page']> = async (_, { slug, locale }, context) => {
  if (!isPossibleSlug(slug.toLowerCase())) return null;
  const { data } = await context.db.entities.page
    .get({ tenant: context.tenant, scope: context.scope, key: slug.toLowerCase() })
    .go();
  return data ? localize(schemaOf(pageType), data, localeCode(locale)) : null;
};
