import { fetchPage } from '../data/pagination.js';
import { localeCode, pick } from '../domain/locale.js';
import type { QueryResolvers, TrainingAudience, TrainingResolvers } from '../graphql/types.generated.js';
import { localized } from '../graphql/mappers.js';
import { mapConnection, organisationsByKey } from './relations.js';

// trainings: the caller's scope by start time, from `from` (default: now, i.e. upcoming)
export const trainings: NonNullable<QueryResolvers['trainings']> = async (_, { locale, filter, first, after }, context) => {
  const { training } = context.db.entities;
  const from = filter?.from ?? context.now.toISOString();
  const connection = await fetchPage({
    list: JSON.stringify(['trainings', context.scope, filter?.from ?? null]),
    cursorSecret: context.cursorSecret,
    first,
    after,
    query: training.query.list({ tenant: context.tenant, scope: context.scope }).gte({ listOrder: from }),
    filtered: false,
    positionOf: (item) => context.db.conversions.training.byAccessPattern.list.fromComposite.toCursor(item),
  });
  return mapConnection(connection, (item) => localized(item, localeCode(locale)));
};

export const Training: TrainingResolvers = {
  id: ({ item }) => item.key,
  title: ({ item, locale }) => pick(item.title, locale) ?? '',
  description: ({ item, locale }) => pick(item.description, locale),
  startsAt: ({ item }) => item.startsAt,
  endsAt: ({ item }) => item.endsAt ?? null,
  audience: ({ item }) => item.audience as TrainingAudience,
  registrationUrl: ({ item }) => item.registrationUrl ?? null,
  provider: async ({ item, locale }, _, context) => {
    if (!item.provider) return null;
    const [provider] = await organisationsByKey(context, [item.provider]);
    return provider ? localized(provider, locale) : null;
  },
  visibility: ({ item }) => item.visibility,
};
