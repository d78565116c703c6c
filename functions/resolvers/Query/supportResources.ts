import { supportResourceSchema } from '../../data/entities/support-resource.js';
import { fetchPage } from '../../data/pagination.js';
import { localeCode } from '../../domain/locale.js';
import { localize } from '../../content-types/localize.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';
import { mapConnection } from '../relations.js';

// supportResources: the caller's scope, by priority then title; audience and language narrow it
export const supportResources: NonNullable<QueryResolvers['supportResources']> = async (
  _,
  { locale, filter, first, after },
  context,
) => {
  const { supportResource } = context.db.entities;
  const audience = filter?.audience ?? null;
  const language = filter?.language?.trim().toLowerCase() || null;
  const base = supportResource.query.list({ tenant: context.tenant, scope: context.scope });
  const filtered = Boolean(audience || language);
  const query = filtered
    ? base.where((attr, op) =>
        [audience && op.contains(attr.audiences, audience), language && op.contains(attr.languages, language)]
          .filter(Boolean)
          .join(' AND '),
      )
    : base;
  const connection = await fetchPage({
    list: JSON.stringify(['supportResources', context.scope, audience, language]),
    cursorSecret: context.cursorSecret,
    first,
    after,
    query,
    filtered,
    positionOf: (item) => context.db.conversions.supportResource.byAccessPattern.list.fromComposite.toCursor(item),
  });
  return mapConnection(connection, (item) => localize(supportResourceSchema, item, localeCode(locale)));
};
