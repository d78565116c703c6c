import type { TrainingResolvers } from '../graphql/types.generated.js';
import { organisationOf } from './relations.js';

export const Training: TrainingResolvers = {
  provider: (training, _, context) => organisationOf(context, training.provider, training.locale),
};
