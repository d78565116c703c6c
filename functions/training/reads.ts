import { isCoordinator, isStaff } from '../auth/policies.js';
import type { TrainingItem } from '../data/entities/training.js';
import type { TrainingRegistrationItem } from '../data/entities/training-registration.js';
import type { TrainingRollItem } from '../data/entities/training-roll.js';
import { forbidden, unauthenticated } from '../domain/errors.js';
import type { Db } from '../data/db.js';
import { currentTraining, type TrainingContext, type TrainingReadContext } from './context.js';
import { organiserOf, wholeRollOf } from './sharing.js';

/** What the API's TrainingRegistration resolvers receive: the stored registration and its place on the waiting list. */
export type TrainingRegistrationModel = TrainingRegistrationItem & { waitlistPosition: number | null };

// training.registrations, cancel's first waiting: a training's registrations in order of registration (all pages)
export async function registrationsOf(
  context: Pick<TrainingContext, 'db' | 'tenant'>,
  trainingKey: string,
  options: { consistent?: boolean } = {},
) {
  const { data } = await context.db.entities.trainingRegistration.query
    .byTraining({ tenant: context.tenant, trainingKey })
    .go({ pages: 'all', consistent: options.consistent ?? false });
  return data;
}

/** Places on the waiting list in order of registration: 1 moves up next. */
export function withWaitlistPositions(registrations: TrainingRegistrationItem[]): TrainingRegistrationModel[] {
  let position = 0;
  return registrations.map((registration) => ({
    ...registration,
    waitlistPosition: registration.status === 'WAITLISTED' ? ++position : null,
  }));
}

/** Seats free, never below zero; null for a training without a capacity. */
export const seatsLeftOf = (
  training: Pick<TrainingItem, 'capacity'>,
  roll: Pick<TrainingRollItem, 'registered'> | null,
) => (training.capacity === undefined ? null : Math.max(0, training.capacity - (roll?.registered ?? 0)));

// training.seatsLeft: the roll that counts its seats (a shared one's organiser's), batched with the page's other trainings
export const rollOf = async (context: TrainingReadContext, training: Pick<TrainingItem, 'key' | 'organiser'>) =>
  (await context.items.load({
    entity: 'trainingRoll',
    key: { tenant: organiserOf(training, context.tenant), trainingKey: training.key },
  })) as TrainingRollItem | null;

/** Who may read a training's registrations: coordinators; other staff see seat counts only. */
export function requireRegistrationReader(context: TrainingContext): void {
  if (context.viewer.role === 'ANONYMOUS')
    throw unauthenticated({
      sv: 'Logga in som samordnare för att läsa anmälningar.',
      en: 'Sign in as a coordinator to read registrations.',
    });
  if (!isCoordinator(context.viewer))
    throw forbidden({
      sv: 'Endast samordnare får se vilka som anmält sig till en utbildning.',
      en: 'Only coordinators may read who registered for a training.',
    });
}

// cancel's first waiting, a waiting registration's place: its training's whole roll (a shared one's every municipality)
export async function rollOfRegistration(
  db: Db,
  registration: TrainingRegistrationItem,
  options: { consistent?: boolean } = {},
): Promise<TrainingRegistrationItem[]> {
  const own = { db, tenant: registration.tenant };
  if (!registration.organiser) return registrationsOf(own, registration.trainingKey, options);
  // The partners as the training names them now; withdrawn since, the organiser's and the person's own partitions.
  const training = (await currentTraining(own, registration.trainingKey)) ?? {
    organiser: registration.organiser,
    offeredTo: [registration.tenant],
  };
  return wholeRollOf(db, { ...training, key: registration.trainingKey }, registration.tenant, options);
}

/** One registration with its place on the waiting list (its training's roll read when it waits). */
export async function withPlace(
  context: Pick<TrainingContext, 'db' | 'tenant'>,
  registration: TrainingRegistrationItem,
  options: { consistent?: boolean } = {},
): Promise<TrainingRegistrationModel> {
  if (registration.status !== 'WAITLISTED') return { ...registration, waitlistPosition: null };
  const all = withWaitlistPositions(await rollOfRegistration(context.db, registration, options));
  return all.find((other) => other.ticket === registration.ticket) ?? { ...registration, waitlistPosition: null };
}

// training.myRegistration: the caller's latest registration for one training (their registrations, newest first)
export async function myRegistrationFor(
  context: TrainingContext,
  trainingKey: string,
): Promise<TrainingRegistrationModel | null> {
  if (!isStaff(context.viewer) || !context.viewer.subject) return null;
  const mine = await registrationsOfPerson(context, context.viewer.subject);
  const latest = mine.filter((registration) => registration.trainingKey === trainingKey).at(-1);
  return latest ? withPlace(context, latest) : null;
}

// viewer.trainingRegistrations, staff:erase: one person's registrations in order of registration (gsi1, all pages)
export async function registrationsOfPerson(
  context: Pick<TrainingContext, 'db' | 'tenant'>,
  subject: string,
): Promise<TrainingRegistrationItem[]> {
  const { data } = await context.db.entities.trainingRegistration.query
    .byPerson({ tenant: context.tenant, subject })
    .go({ pages: 'all' });
  return data;
}

/**
 * Registrations whose training is still published (one batched read of the trainings, which the list's
 * `training` fields then reuse): a training withdrawn since is no longer anyone's to see, and its
 * registrations wait for the retention job, which finds them by their roll.
 */
async function publishedOnly(
  context: TrainingReadContext,
  registrations: TrainingRegistrationItem[],
): Promise<TrainingRegistrationItem[]> {
  const keys = [...new Set(registrations.map((registration) => registration.trainingKey))];
  const trainings = await Promise.all(
    keys.map((key) => context.items.load({ entity: 'training', key: { tenant: context.tenant, scope: 'staff', key } })),
  );
  const published = new Set(keys.filter((_key, index) => trainings[index]));
  return registrations.filter((registration) => published.has(registration.trainingKey));
}

/** The caller's own registrations with their places on waiting lists (one Query per training they wait for). */
export async function viewerRegistrations(context: TrainingReadContext): Promise<TrainingRegistrationModel[]> {
  if (context.viewer.role === 'ANONYMOUS')
    throw unauthenticated({
      sv: 'Logga in med ditt personalkonto för att se dina utbildningar.',
      en: 'Sign in with your staff account to see your trainings.',
    });
  if (!isStaff(context.viewer) || !context.viewer.subject) return [];
  const mine = await publishedOnly(context, await registrationsOfPerson(context, context.viewer.subject));
  const waitingFor = [
    ...new Set(
      mine
        .filter((registration) => registration.status === 'WAITLISTED')
        .map((registration) => registration.trainingKey),
    ),
  ];
  const positions = new Map<string, number | null>();
  for (const list of await Promise.all(
    waitingFor.map(async (key) =>
      withWaitlistPositions(
        await rollOfRegistration(
          context.db,
          mine.find((registration) => registration.trainingKey === key)!,
        ),
      ),
    ),
  ))
    for (const registration of list)
      positions.set(`${registration.trainingKey}\n${registration.ticket}`, registration.waitlistPosition);
  return mine.map((registration) => ({
    ...registration,
    waitlistPosition: positions.get(`${registration.trainingKey}\n${registration.ticket}`) ?? null,
  }));
}
