import type { TrainingResolvers } from '../graphql/types.generated.js';
import { registrationOpen } from '../training/context.js';
import {
  myRegistrationFor,
  registrationsOf,
  requireRegistrationReader,
  rollOf,
  seatsLeftOf,
  withWaitlistPositions,
} from '../training/reads.js';
import { organisationOf } from './relations.js';

export const Training: TrainingResolvers = {
  provider: (training, _, context) => organisationOf(context, training.provider, training.locale),
  capacity: (training) => training.capacity ?? null,
  // seatsLeft: the training's roll (batched with the page's other trainings)
  seatsLeft: async (training, _, context) =>
    training.capacity === undefined ? null : seatsLeftOf(training, await rollOf(context, training.key)),
  registrationOpen: (training, _, context) => registrationOpen(training, context.now),
  myRegistration: (training, _, context) => myRegistrationFor(context, training.key),
  // registrations: coordinators only; the training's partition in order of registration
  registrations: async (training, _, context) => {
    requireRegistrationReader(context);
    return withWaitlistPositions(await registrationsOf(context, training.key));
  },
};
