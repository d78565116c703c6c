import { trainingSchema } from '../../data/entities/training.js';
import { fetchPage } from '../../data/pagination.js';
import { localeCode } from '../../domain/locale.js';
import { localize } from '../../content-types/localize.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';
import { mapConnection } from '../relations.js';

// trainings: the caller's scope by start time, from `from` (default: now, i.e. upcoming)
export const trainings: NonNullable<QueryResolvers['trainings']> = async (
  _,
  { locale, filter, first, after },
  context,
) => {
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
  return mapConnection(connection, (item) => localize(trainingSchema, item, localeCode(locale)));
};
