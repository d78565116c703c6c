import type { MutationResolvers } from '../../graphql/types.generated.js';
import * as registrations from '../../training/registrations.js';

// A thin adapter over the training registration's core code (functions/training).
export const registerForTraining: NonNullable<MutationResolvers['registerForTraining']> = (_, { input }, context) =>
  registrations.registerForTraining(context, input);
