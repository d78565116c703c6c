import { trainingSchema } from '../../data/entities/training.js';
import type { TrainingItem } from '../../data/entities/training.js';
import { isPossibleId } from '../../domain/identifiers.js';
import { localeCode } from '../../domain/locale.js';
import { localize } from '../../content-types/localize.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';
import { previewedItem } from '../../editorial/preview.js';

// training(id): one GetItem in the caller's scope (an INTERNAL training is not in the public scope); the
// draft a preview token names, if it names this training
export const training: NonNullable<QueryResolvers['training']> = async (_, { id, locale }, context) => {
  if (!isPossibleId(id)) return null;
  const code = localeCode(locale);
  const previewed = await previewedItem<TrainingItem>(context, 'training', id, code);
  const item =
    previewed !== undefined
      ? previewed
      : ((await context.items.load({
          entity: 'training',
          key: { tenant: context.tenant, scope: context.scope, key: id },
        })) as TrainingItem | null);
  return item ? localize(trainingSchema, item, code) : null;
};
