import { situation as situationType } from '../../content-types/situation.js';
import { schemaOf } from '../../data/entities/described.js';
import { isPossibleSlug } from '../../domain/identifiers.js';
import { localeCode } from '../../domain/locale.js';
import { localize } from '../../content-types/localize.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';

// situation(slug): one GetItem in the caller's scope
export const situation: NonNullable<QueryResolvers['situation']> = async (_, { slug, locale }, context) => {
  if (!isPossibleSlug(slug.toLowerCase())) return null;
  const { data } = await context.db.entities.situation
    .get({ tenant: context.tenant, scope: context.scope, key: slug.toLowerCase() })
    .go();
  return data ? localize(schemaOf(situationType), data, localeCode(locale)) : null;
};
