import { organisationSchema } from '../../data/entities/organisation.js';
import { fetchPage } from '../../data/pagination.js';
import { localeCode } from '../../domain/locale.js';
import { localize } from '../../content-types/localize.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';
import { mapConnection } from '../relations.js';

// organisations: the caller's scope by name; kind, district and council membership narrow it
export const organisations: NonNullable<QueryResolvers['organisations']> = async (
  _,
  { locale, filter, first, after },
  context,
) => {
  const { organisation } = context.db.entities;
  const kind: string | null = filter?.kind ?? null;
  const district = filter?.district?.trim().toLowerCase() || null;
  const member = filter?.interreligiousCouncilMember ?? null;
  const base = organisation.query.list({ tenant: context.tenant, scope: context.scope });
  const filtered = kind !== null || district !== null || member !== null;
  const query = filtered
    ? base.where((attr, op) =>
        [
          kind && op.eq(attr.kind, kind),
          district && op.contains(attr.districts, district),
          member !== null && op.eq(attr.interreligiousCouncilMember, member),
        ]
          .filter(Boolean)
          .join(' AND '),
      )
    : base;
  const connection = await fetchPage({
    list: JSON.stringify(['organisations', context.scope, kind, district, member]),
    cursorSecret: context.cursorSecret,
    first,
    after,
    query,
    filtered,
    positionOf: (item) => context.db.conversions.organisation.byAccessPattern.list.fromComposite.toCursor(item),
  });
  return mapConnection(connection, (item) => localize(organisationSchema, item, localeCode(locale)));
};
