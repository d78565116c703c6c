import { trainingSchema } from '../../data/entities/training.js';
import type { TrainingItem } from '../../data/entities/training.js';
import { isPossibleId } from '../../domain/identifiers.js';
import { localeCode } from '../../domain/locale.js';
import { localize } from '../../content-types/localize.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';

// training(id): one GetItem in the caller's scope (an INTERNAL training is not in the public scope)
export const training: NonNullable<QueryResolvers['training']> = async (_, { id, locale }, context) => {
  if (!isPossibleId(id)) return null;
  const item = (await context.items.load({
    entity: 'training',
    key: { tenant: context.tenant, scope: context.scope, key: id },
  })) as TrainingItem | null;
  return item ? localize(trainingSchema, item, localeCode(locale)) : null;
};
