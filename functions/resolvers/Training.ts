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
import { isShared, organiserOf, wholeRollOf } from '../training/sharing.js';

export const Training: TrainingResolvers = {
  provider: (training, _, context) => organisationOf(context, training.provider, training.locale),
  capacity: (training) => training.capacity ?? null,
  // seatsLeft: the training's roll (batched with the page's other trainings)
  seatsLeft: async (training, _, context) =>
    training.capacity === undefined ? null : seatsLeftOf(training, await rollOf(context, training)),
  registrationOpen: (training, _, context) => registrationOpen(training, context.now),
  myRegistration: (training, _, context) => myRegistrationFor(context, training.key),
  organiser: (training) => training.organiser ?? null,
  offeredTo: (training) => training.offeredTo ?? [],
  // registrations: coordinators only; the training's partition in order of registration (a shared one's: every partner's)
  registrations: async (training, _, context) => {
    requireRegistrationReader(context);
    if (!isShared(training)) return withWaitlistPositions(await registrationsOf(context, training.key));
    const roll = withWaitlistPositions(await wholeRollOf(context.db, training, context.tenant));
    // The organiser sees the whole roll; a partner's coordinator their own people, in their places on the shared list.
    return organiserOf(training, context.tenant) === context.tenant
      ? roll
      : roll.filter((registration) => registration.tenant === context.tenant);
  },
};
