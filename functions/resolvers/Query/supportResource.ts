import { supportResourceSchema } from '../../data/entities/support-resource.js';
import { isPossibleSlug } from '../../domain/identifiers.js';
import { localeCode } from '../../domain/locale.js';
import { localize } from '../../content-types/localize.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';

// supportResource(slug): one GetItem in the caller's scope
export const supportResource: NonNullable<QueryResolvers['supportResource']> = async (_, { slug, locale }, context) => {
  if (!isPossibleSlug(slug.toLowerCase())) return null;
  const { data } = await context.db.entities.supportResource
    .get({ tenant: context.tenant, scope: context.scope, key: slug.toLowerCase() })
    .go();
  return data ? localize(supportResourceSchema, data, localeCode(locale)) : null;
};
