import { randomBytes } from 'node:crypto';
import { isCoordinator, requireStaffMember } from '../auth/policies.js';
import type { TrainingItem } from '../data/entities/training.js';
import type { TrainingRegistrationItem } from '../data/entities/training-registration.js';
import { badUserInput, conflict, forbidden, notFound } from '../domain/errors.js';
import { localeCode } from '../domain/locale.js';
import { idempotencyPut, replayOf, transact, type TransactItem } from '../register/guards.js';
import { parseInput } from '../register/validation.js';
import {
  currentRegistration,
  currentTraining,
  personOf,
  registrationIdOf,
  registrationOpen,
  trainingEnd,
  type TrainingContext,
} from './context.js';
import { trainingMessagePut } from './messages.js';
import { rollOfRegistration, withPlace, type TrainingRegistrationModel } from './reads.js';
import { isShared, organiserOf, seatTenantOf } from './sharing.js';
import { registerForTrainingInput } from './validation.js';

/**
 * Registration for trainings that take it in Värna. The training's roll counts seats: every change of a
 * registration's status is one transaction with a conditional update of the roll, so that concurrent
 * registrations can never take more seats than `capacity` (the condition fails and the loser goes to the
 * waiting list or tries again), and a cancellation moves the first waiting person up in the same write.
 * Each of these writes the person's e-mail into the outbox in the same transaction (messages.ts).
 */

/** Concurrent registrations contend for one roll item: they retry (with jitter) rather than fail. */
const ROLL_ATTEMPTS = 12;

const ticketOf = (now: Date) => `${now.toISOString()}~${randomBytes(6).toString('base64url')}`;

/** The roll that counts a registration's seat: its training's organiser's (sharing.ts), else its own municipality's. */
function seatRollUpdate(context: TrainingContext, registration: TrainingRegistrationItem) {
  return context.db.entities.trainingRoll.update({
    tenant: seatTenantOf(registration),
    trainingKey: registration.trainingKey,
  });
}

/** A roll of a training, stamped with the training's end as it is now (the retention job's key). */
function rollIn(context: TrainingContext, tenant: string, training: TrainingItem) {
  // An upsert writes every index key (an update would leave the index's partition key out).
  return context.db.entities.trainingRoll.upsert({ tenant, trainingKey: training.key, endsAt: trainingEnd(training) });
}

/** The roll that counts the training's seats: its organiser's, whichever municipality the person registers from. */
const rollOfTraining = (context: TrainingContext, training: TrainingItem) =>
  rollIn(context, organiserOf(training, context.tenant), training);

/**
 * A partner's registration for a shared training: the person's own municipality keeps a roll of the training too,
 * without seats — what its retention job finds the registration by, and where its coordinator records attendance.
 */
const ownRollStamp = (context: TrainingContext, training: TrainingItem): TransactItem[] =>
  organiserOf(training, context.tenant) === context.tenant
    ? []
    : [{ Update: rollIn(context, context.tenant, training).params() } as TransactItem];

/** Takes a seat: the roll's count goes up only while it is below the capacity. */
function takeSeat(context: TrainingContext, training: TrainingItem): TransactItem {
  const update = rollOfTraining(context, training).add({ registered: 1 });
  const capacity = training.capacity;
  return {
    Update: (capacity === undefined
      ? update
      : update.where((attr, op) => `${op.notExists(attr.registered)} OR ${op.lt(attr.registered, capacity)}`)
    ).params(),
  } as TransactItem;
}

/** Joins the waiting list: only while every seat is taken (otherwise a seat is free and the person takes it). */
function joinWaitlist(context: TrainingContext, training: TrainingItem): TransactItem {
  const capacity = training.capacity ?? Number.MAX_SAFE_INTEGER;
  return {
    Update: rollOfTraining(context, training)
      .add({ waitlisted: 1 })
      .where((attr, op) => op.gte(attr.registered, capacity))
      .params(),
  } as TransactItem;
}

function registrationPut(context: TrainingContext, registration: TrainingRegistrationItem): TransactItem {
  return {
    Put: context.db.entities.trainingRegistration
      .put(registration)
      .where((attr, op) => op.notExists(attr.ticket))
      .params(),
  } as TransactItem;
}

/** The person's one active registration for the training; its condition makes a second one a CONFLICT. */
function registrantPut(context: TrainingContext, registration: TrainingRegistrationItem): TransactItem {
  const { tenant, trainingKey, subject, ticket } = registration;
  return {
    Put: context.db.entities.trainingRegistrant
      .put({ tenant, trainingKey, subject, ticket })
      .where((attr, op) => op.notExists(attr.ticket))
      .params(),
  } as TransactItem;
}

export function registrantDelete(
  context: Pick<TrainingContext, 'db'>,
  registration: TrainingRegistrationItem,
): TransactItem {
  const { tenant, trainingKey, subject } = registration;
  return {
    Delete: context.db.entities.trainingRegistrant.delete({ tenant, trainingKey, subject }).params(),
  } as TransactItem;
}

/** A registration's status change, conditional on the status it was read in. */
function statusUpdate(
  context: TrainingContext,
  registration: TrainingRegistrationItem,
  status: TrainingRegistrationItem['status'],
): TransactItem {
  const { tenant, trainingKey, ticket } = registration;
  return {
    Update: context.db.entities.trainingRegistration
      .patch({ tenant, trainingKey, ticket })
      .set({ status, updatedAt: context.now.toISOString() })
      .where((attr, op) => op.eq(attr.status, registration.status))
      .params(),
  } as TransactItem;
}

async function requireDepartment(context: TrainingContext, slug: string): Promise<void> {
  const { data } = await context.db.entities.department.get({ tenant: context.tenant, key: slug }).go();
  if (!data)
    throw badUserInput('input.department', {
      sv: `input.department anger ingen förvaltning som finns: ${slug}.`,
      en: `input.department names no department: ${slug}.`,
    });
}

/**
 * Registers the caller: a seat while one is left, otherwise the waiting list. A retry with the same
 * idempotency key returns the first result; a second registration for the training is a CONFLICT.
 */
export async function registerForTraining(
  context: TrainingContext,
  rawInput: unknown,
): Promise<TrainingRegistrationModel> {
  const subject = requireStaffMember(context.viewer);
  const input = parseInput(registerForTrainingInput, rawInput, 'input');
  const { db, tenant, now } = context;
  const idempotency = {
    tenant,
    accountId: subject,
    operation: 'registerForTraining' as const,
    key: input.idempotencyKey,
  };
  const replay = replayOf(db, idempotency, async (id) =>
    withPlace(context, await currentRegistration(context, id), { consistent: true }),
  );
  const replayed = await replay();
  if (replayed) return replayed;

  const training = await currentTraining(context, input.trainingId);
  if (!training) throw notFound({ sv: 'Det finns ingen utbildning med detta id.', en: 'No training with this id.' });
  if (training.registrationUrl)
    throw conflict(
      {
        sv: 'Anmälan till denna utbildning görs via dess egen anmälningslänk, inte i Värna.',
        en: 'This training takes registrations at its own registration link, not in Värna.',
      },
      'input.trainingId',
    );
  if (!registrationOpen(training, now))
    throw conflict(
      { sv: 'Anmälan till denna utbildning är stängd.', en: 'Registration for this training is closed.' },
      'input.trainingId',
    );
  await requireDepartment(context, input.department);

  const ticket = ticketOf(now);
  const registration = (status: TrainingRegistrationItem['status']): TrainingRegistrationItem => ({
    tenant,
    trainingKey: training.key,
    ticket,
    subject,
    person: personOf(context.cursorSecret, tenant, subject),
    name: context.viewer.name,
    email: context.viewer.email,
    department: input.department,
    locale: localeCode(input.locale),
    status,
    attended: false,
    registeredAt: now.toISOString(),
    updatedAt: now.toISOString(),
    ...(isShared(training) ? { organiser: organiserOf(training, tenant) } : {}),
  });
  // The e-mail goes last: its id is new with the registration's ticket, so its condition never decides.
  const guards = (item: TrainingRegistrationItem, place?: number) => [
    registrantPut(context, item),
    idempotencyPut(db, { ...idempotency, resultId: registrationIdOf(item) }, now),
    registrationPut(context, item),
    ...ownRollStamp(context, training),
    ...trainingMessagePut(context, item.status === 'WAITLISTED' ? 'WAITLISTED' : 'REGISTERED', item, training, place),
  ];
  const refused = async (failed: number[]): Promise<TrainingRegistrationModel | 'roll'> => {
    if (failed.includes(0)) return 'roll';
    if (failed.includes(2)) {
      const again = await replay();
      if (again) return again;
    }
    if (failed.includes(1))
      throw conflict(
        { sv: 'Du är redan anmäld till denna utbildning.', en: 'You are already registered for this training.' },
        'input.trainingId',
      );
    throw conflict({
      sv: 'Anmälan kunde inte sparas; försök igen.',
      en: 'The registration could not be written; try again.',
    });
  };
  // The roll decides: a seat while the count is below the capacity, else the waiting list while it is not.
  for (let attempt = 0; attempt < ROLL_ATTEMPTS; attempt++) {
    const seated = registration('REGISTERED');
    const seat = await transact(db, [takeSeat(context, training), ...guards(seated)], { attempts: ROLL_ATTEMPTS });
    if (seat.length === 0) return { ...seated, waitlistPosition: null };
    const afterSeat = await refused(seat);
    if (afterSeat !== 'roll') return afterSeat;
    const waiting = registration('WAITLISTED');
    // The place the e-mail names: behind those waiting as the roll counts them now. Exact unless others join
    // in the same moment (then the API's waitlistPosition, worked out from the order of registration, is right).
    const { data: roll } = await db.entities.trainingRoll
      .get({ tenant: organiserOf(training, tenant), trainingKey: training.key })
      .go({ consistent: true });
    const place = (roll?.waitlisted ?? 0) + 1;
    const wait = await transact(db, [joinWaitlist(context, training), ...guards(waiting, place)], {
      attempts: ROLL_ATTEMPTS,
    });
    if (wait.length === 0) return withPlace(context, waiting, { consistent: true });
    const afterWait = await refused(wait);
    if (afterWait !== 'roll') return afterWait;
    // A seat came free between the two writes: try for it again.
  }
  throw conflict({ sv: 'Utbildningen uppdateras just nu; försök igen.', en: 'The training is busy; try again.' });
}

/** The outbox (and the name it signs with) of the municipality a person registered from. */
const outboxOf = (context: TrainingContext, whom: TrainingRegistrationItem) =>
  whom.tenant === context.tenant ? context : { ...context, tenant: whom.tenant, municipalityName: undefined };

/**
 * The person's own registration, or any for a coordinator; anyone else is refused. Another municipality's (a shared
 * training's organiser reaching a partner's person) is never "own": subjects are each municipality's sign-in's.
 */
export function requireOwnOrCoordinator(context: TrainingContext, registration: TrainingRegistrationItem): void {
  const subject = requireStaffMember(context.viewer);
  const own = registration.subject === subject && registration.tenant === context.tenant;
  if (!own && !isCoordinator(context.viewer))
    throw forbidden({
      sv: 'Endast den anmälda personen eller en samordnare får göra detta.',
      en: 'Only the registered person or a coordinator may do this.',
    });
}

/**
 * Cancels a registration. A seat that comes free goes to the first on the waiting list in the same
 * transaction; with nobody waiting the roll's count goes down, on condition that nobody joined the list
 * meanwhile (then it is tried again, and that person moves up).
 */
export async function cancelTrainingRegistration(
  context: TrainingContext,
  id: string,
  options: { tellPerson?: boolean } = {},
): Promise<TrainingRegistrationModel> {
  // staff:erase cancels without telling the person: an e-mail would be a new copy of what they asked to erase.
  const tellPerson = options.tellPerson ?? true;
  for (let attempt = 0; attempt < ROLL_ATTEMPTS; attempt++) {
    const registration = await currentRegistration(context, id);
    requireOwnOrCoordinator(context, registration);
    if (registration.status === 'CANCELLED') return { ...registration, waitlistPosition: null };
    const training = await currentTraining({ db: context.db, tenant: registration.tenant }, registration.trainingKey);
    if (training && Date.parse(training.startsAt) <= context.now.getTime())
      throw conflict({
        sv: 'Utbildningen har börjat; anmälningarna kan inte längre avbokas.',
        en: 'The training has started; its registrations can no longer be cancelled.',
      });
    // The e-mails need the training's title and start: a training unpublished since has none to name, and its people are not written to.
    // Each person's e-mail goes into their own municipality's outbox (where staff:erase finds it).
    const told = (kind: 'CANCELLED' | 'MOVED_UP', whom: TrainingRegistrationItem) =>
      training ? trainingMessagePut(outboxOf(context, whom), kind, whom, training) : [];
    const cancel = [
      statusUpdate(context, registration, 'CANCELLED'),
      registrantDelete(context, registration),
      ...(tellPerson ? told('CANCELLED', registration) : []),
    ];
    let items: TransactItem[];
    if (registration.status === 'WAITLISTED') {
      items = [
        ...cancel,
        { Update: seatRollUpdate(context, registration).subtract({ waitlisted: 1 }).params() } as TransactItem,
      ];
    } else {
      const firstWaiting = (await rollOfRegistration(context.db, registration, { consistent: true })).find(
        (other) => other.status === 'WAITLISTED',
      );
      items = firstWaiting
        ? [
            ...cancel,
            statusUpdate(context, firstWaiting, 'REGISTERED'),
            ...told('MOVED_UP', firstWaiting),
            {
              Update: seatRollUpdate(context, registration)
                .subtract({ waitlisted: 1 })
                .where((attr, op) => op.gt(attr.waitlisted, 0))
                .params(),
            } as TransactItem,
          ]
        : [
            ...cancel,
            {
              Update: seatRollUpdate(context, registration)
                .subtract({ registered: 1 })
                .where((attr, op) => `${op.notExists(attr.waitlisted)} OR ${op.eq(attr.waitlisted, 0)}`)
                .params(),
            } as TransactItem,
          ];
    }
    const failed = await transact(context.db, items, { attempts: ROLL_ATTEMPTS });
    if (failed.length === 0)
      return { ...registration, status: 'CANCELLED', updatedAt: context.now.toISOString(), waitlistPosition: null };
    // Someone else changed the registration, the first waiting or the roll: read again and decide again.
  }
  throw conflict({ sv: 'Utbildningen uppdateras just nu; försök igen.', en: 'The training is busy; try again.' });
}
