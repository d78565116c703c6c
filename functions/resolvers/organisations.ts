import { fetchPage } from '../data/pagination.js';
import { pick } from '../domain/locale.js';
import { localeCode } from '../domain/locale.js';
import type { OrganisationKind, OrganisationResolvers, QueryResolvers } from '../graphql/types.generated.js';
import { localized, localizedAll } from '../graphql/mappers.js';
import { districtsBySlug, mapConnection } from './relations.js';

// organisations: the caller's scope by name; kind, district and council membership narrow it
export const organisations: NonNullable<QueryResolvers['organisations']> = async (_, { locale, filter, first, after }, context) => {
  const { organisation } = context.db.entities;
  const kind: string | null = filter?.kind ?? null;
  const district = filter?.district?.trim().toLowerCase() || null;
  const member = filter?.interreligiousCouncilMember ?? null;
  const base = organisation.query.list({ tenant: context.tenant, scope: context.scope });
  const filtered = kind !== null || district !== null || member !== null;
  const query = filtered
    ? base.where((attr, op) =>
        [kind && op.eq(attr.kind, kind), district && op.contains(attr.districts, district), member !== null && op.eq(attr.interreligiousCouncilMember, member)]
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
  return mapConnection(connection, (item) => localized(item, localeCode(locale)));
};

export const Organisation: OrganisationResolvers = {
  id: ({ item }) => item.key,
  name: ({ item }) => item.name,
  kind: ({ item }) => item.kind as OrganisationKind,
  description: ({ item, locale }) => pick(item.description, locale),
  website: ({ item }) => item.website ?? null,
  email: ({ item }) => item.email ?? null,
  phone: ({ item }) => item.phone ?? null,
  districts: async ({ item, locale }, _, context) => localizedAll(await districtsBySlug(context, item.districts ?? []), locale),
  interreligiousCouncilMember: ({ item }) => item.interreligiousCouncilMember,
  // The public copy holds only consenting persons; checking again costs nothing and guards the rule.
  contactPersons: ({ item }, _, context) =>
    (item.contactPersons ?? [])
      .filter((person) => context.scope === 'staff' || person.publicConsent)
      .map(({ name, role, email, phone }) => ({ name, role: role ?? null, email: email ?? null, phone: phone ?? null })),
  visibility: ({ item }) => item.visibility,
};
