import { situation as situationType } from '../../content-types/situation.js';
import { schemaOf } from '../../data/entities/described.js';
import { localeCode } from '../../domain/locale.js';
import { localizeAll } from '../../content-types/localize.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';

// situations: the caller's scope in the editors' order (a short editorial list: all pages in one call); audience narrows it
export const situations: NonNullable<QueryResolvers['situations']> = async (_, { locale, filter }, context) => {
  const audience = filter?.audience ?? null;
  const base = context.db.entities.situation.query.list({ tenant: context.tenant, scope: context.scope });
  const { data } = await (audience ? base.where((attr, op) => op.contains(attr.audiences, audience)) : base).go({
    pages: 'all',
  });
  return localizeAll(schemaOf(situationType), data, localeCode(locale));
};
