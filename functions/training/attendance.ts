import { requireCoordinator } from '../auth/policies.js';
import { attendeeOf } from '../data/entities/training-roll.js';
import { conflict } from '../domain/errors.js';
import { transact, type TransactItem } from '../register/guards.js';
import { currentRegistration, currentTraining, type TrainingContext } from './context.js';
import type { TrainingRegistrationModel } from './reads.js';

/**
 * Records whether a registered person came (coordinators). The registration and the roll's attendees
 * (what coverage and the report count) change in one transaction, on condition that the registration
 * still holds a seat.
 */
export async function recordAttendance(
  context: TrainingContext,
  id: string,
  attended: boolean,
): Promise<TrainingRegistrationModel> {
  requireCoordinator(context.viewer);
  const registration = await currentRegistration(context, id);
  if (registration.status !== 'REGISTERED')
    throw conflict(
      {
        sv: `Närvaro registreras bara för anmälda; denna anmälan har status ${registration.status}.`,
        en: `Attendance is recorded for registered people only; this registration is ${registration.status}.`,
      },
      'registrationId',
    );
  const training = await currentTraining({ db: context.db, tenant: registration.tenant }, registration.trainingKey);
  if (training && Date.parse(training.startsAt) > context.now.getTime())
    throw conflict(
      { sv: 'Utbildningen har inte börjat ännu.', en: 'The training has not started yet.' },
      'registrationId',
    );
  if (registration.attended === attended) return { ...registration, waitlistPosition: null };
  const { tenant, trainingKey, ticket } = registration;
  const updatedAt = context.now.toISOString();
  const roll = context.db.entities.trainingRoll.update({ tenant, trainingKey });
  const items: TransactItem[] = [
    {
      Update: context.db.entities.trainingRegistration
        .patch({ tenant, trainingKey, ticket })
        .set({ attended, updatedAt })
        .where((attr, op) => `${op.eq(attr.status, 'REGISTERED')} AND ${op.eq(attr.attended, registration.attended)}`)
        .params(),
    } as TransactItem,
    {
      Update: (attended
        ? roll.add({ attendees: [attendeeOf(registration)] })
        : roll.delete({ attendees: [attendeeOf(registration)] })
      ).params(),
    } as TransactItem,
  ];
  const failed = await transact(context.db, items);
  if (failed.length)
    throw conflict(
      {
        sv: 'Anmälan ändrades under tiden; läs in den igen.',
        en: 'The registration changed meanwhile; read it again.',
      },
      'registrationId',
    );
  return { ...registration, attended, updatedAt, waitlistPosition: null };
}
