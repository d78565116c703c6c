import { localeCode } from '../../domain/locale.js';
import { trainingList } from '../../editorial/lists.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';

// trainings: the caller's scope by start time, from `from` (default: now, i.e. upcoming) (editorial/lists.ts)
export const trainings: NonNullable<QueryResolvers['trainings']> = (_, { locale, filter, first, after }, context) =>
  trainingList(context, localeCode(locale), filter, { first, after });
