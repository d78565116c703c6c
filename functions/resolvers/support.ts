import { fetchPage } from '../data/pagination.js';
import { isPossibleSlug } from '../domain/identifiers.js';
import { localeCode, pick } from '../domain/locale.js';
import { isOpenAt } from '../domain/opening-hours.js';
import type { Audience, PreventionLevel, QueryResolvers, SupportResourceResolvers } from '../graphql/types.generated.js';
import { localized, localizedAll } from '../graphql/mappers.js';
import { districtsBySlug, mapConnection, organisationsByKey } from './relations.js';

// supportResources: the caller's scope, by priority then title; audience and language narrow it
export const supportResources: NonNullable<QueryResolvers['supportResources']> = async (_, { locale, filter, first, after }, context) => {
  const { supportResource } = context.db.entities;
  const audience = filter?.audience ?? null;
  const language = filter?.language?.trim().toLowerCase() || null;
  const base = supportResource.query.list({ tenant: context.tenant, scope: context.scope });
  const filtered = Boolean(audience || language);
  const query = filtered
    ? base.where((attr, op) => [audience && op.contains(attr.audiences, audience), language && op.contains(attr.languages, language)].filter(Boolean).join(' AND '))
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
  return mapConnection(connection, (item) => localized(item, localeCode(locale)));
};

// supportResource(slug): one GetItem in the caller's scope
export const supportResource: NonNullable<QueryResolvers['supportResource']> = async (_, { slug, locale }, context) => {
  if (!isPossibleSlug(slug.toLowerCase())) return null;
  const { data } = await context.db.entities.supportResource.get({ tenant: context.tenant, scope: context.scope, key: slug.toLowerCase() }).go();
  return data ? localized(data, localeCode(locale)) : null;
};

export const SupportResource: SupportResourceResolvers = {
  id: ({ item }) => item.key,
  slug: ({ item }) => item.key,
  title: ({ item, locale }) => pick(item.title, locale) ?? '',
  summary: ({ item, locale }) => pick(item.summary, locale),
  body: ({ item, locale }) => pick(item.body, locale),
  audiences: ({ item }) => (item.audiences ?? []) as Audience[],
  preventionLevel: ({ item }) => (item.preventionLevel ?? null) as PreventionLevel | null,
  languages: ({ item }) => item.languages ?? [],
  phone: ({ item }) => item.phone ?? null,
  email: ({ item }) => item.email ?? null,
  url: ({ item }) => item.url ?? null,
  openingHours: ({ item }) => (item.openingHours ?? []) as never,
  openingHoursNote: ({ item, locale }) => pick(item.openingHoursNote, locale),
  openNow: ({ item }, _, context) => isOpenAt(item.openingHours, context.now),
  verifiedAt: ({ item }) => item.verifiedAt ?? null,
  districts: async ({ item, locale }, _, context) => localizedAll(await districtsBySlug(context, item.districts ?? []), locale),
  provider: async ({ item, locale }, _, context) => {
    if (!item.provider) return null;
    const [provider] = await organisationsByKey(context, [item.provider]);
    return provider ? localized(provider, locale) : null;
  },
  visibility: ({ item }) => item.visibility,
  updatedAt: ({ item }) => item.updatedAt,
};
