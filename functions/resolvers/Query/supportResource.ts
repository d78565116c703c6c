import { supportResourceSchema } from '../../data/entities/support-resource.js';
import { isPossibleSlug } from '../../domain/identifiers.js';
import { localeCode } from '../../domain/locale.js';
import { localize } from '../../content-types/localize.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';
import { previewedItem } from '../../editorial/preview.js';
import type { SupportResourceItem } from '../../data/entities/support-resource.js';

// supportResource(slug): one GetItem in the caller's scope (of the draft a preview token names, if it names this one)
export const supportResource: NonNullable<QueryResolvers['supportResource']> = async (_, { slug, locale }, context) => {
  const key = slug.toLowerCase();
  if (!isPossibleSlug(key)) return null;
  const code = localeCode(locale);
  const previewed = await previewedItem<SupportResourceItem>(context, 'supportResource', key, code);
  const data =
    previewed !== undefined
      ? previewed
      : (await context.db.entities.supportResource.get({ tenant: context.tenant, scope: context.scope, key }).go())
          .data;
  return data ? localize(supportResourceSchema, data, code) : null;
};
