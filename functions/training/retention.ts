import type { Db } from '../data/db.js';
import type { TrainingRegistrationItem } from '../data/entities/training-registration.js';
import { transact, type TransactItem } from '../register/guards.js';
import { trainingEnd } from './context.js';
import { registrationsOf, registrationsOfPerson } from './reads.js';
import { registrantDelete } from './registrations.js';

/**
 * Registrations are personal data, kept no longer than they serve: some time after the training (24
 * months unless configured) a scheduled job anonymises them, and one person's are erased on request
 * (`npm run staff:erase`). Anonymising removes the name, the e-mail address and the subject; what stays
 * (department, status, attendance, and the roll's keyed person hash) keeps every count the same.
 */
export const DEFAULT_RETENTION_MONTHS = 24;

interface RetentionContext {
  db: Db;
  tenant: string;
  now: Date;
}

/** The registration without what names the person, written over the stored one on condition that it did not change meanwhile. */
function anonymisedPut(context: RetentionContext, registration: TrainingRegistrationItem): TransactItem {
  const { name: _name, email: _email, ...rest } = registration;
  return {
    Put: context.db.entities.trainingRegistration
      .put({ ...rest, subject: `anonymised:${registration.ticket}`, anonymisedAt: context.now.toISOString(), updatedAt: context.now.toISOString() })
      .where((attr, op) => op.eq(attr.updatedAt, registration.updatedAt))
      .params(),
  } as TransactItem;
}

/** Anonymises registrations (and removes their registrant guards), one transaction each; returns how many. */
async function anonymise(context: RetentionContext, registrations: TrainingRegistrationItem[]): Promise<number> {
  let count = 0;
  for (const registration of registrations) {
    if (registration.anonymisedAt) continue;
    const items: TransactItem[] = [anonymisedPut(context, registration)];
    if (registration.status !== 'CANCELLED') items.push(registrantDelete(context, registration));
    const failed = await transact(context.db, items);
    if (failed.length) throw new Error(`Registration ${registration.trainingKey}/${registration.ticket} changed while it was anonymised; run again.`);
    count++;
  }
  return count;
}

// retention job: trainings that ended before the cutoff whose roll is not yet marked anonymised
export async function anonymiseEndedTrainings(context: RetentionContext, retentionMonths = DEFAULT_RETENTION_MONTHS): Promise<{ trainings: number; registrations: number }> {
  const cutoff = new Date(context.now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - retentionMonths);
  const { data: trainings } = await context.db.entities.training.query
    .list({ tenant: context.tenant, scope: 'staff' })
    .lt({ listOrder: cutoff.toISOString() })
    .go({ pages: 'all' });
  const ended = trainings.filter((training) => trainingEnd(training) < cutoff.toISOString());
  const rolls = ended.length ? (await context.db.entities.trainingRoll.get(ended.map((training) => ({ tenant: context.tenant, trainingKey: training.key }))).go()).data : [];
  const done = new Set(rolls.filter((roll) => roll.anonymisedAt).map((roll) => roll.trainingKey));
  let registrations = 0;
  let count = 0;
  for (const training of ended) {
    if (done.has(training.key)) continue;
    registrations += await anonymise(context, await registrationsOf(context, training.key, { consistent: true }));
    await context.db.entities.trainingRoll.update({ tenant: context.tenant, trainingKey: training.key }).set({ anonymisedAt: context.now.toISOString() }).go();
    count++;
  }
  return { trainings: count, registrations };
}

/**
 * Erases one person's registrations on request: those for trainings not yet started are cancelled first
 * (a waiting person moves up, through `cancel`), then every registration is anonymised.
 */
export async function eraseStaffMember(
  context: RetentionContext,
  subject: string,
  cancel: (registration: TrainingRegistrationItem) => Promise<void>,
): Promise<{ cancelled: number; anonymised: number }> {
  let cancelled = 0;
  for (const registration of await registrationsOfPerson(context, subject)) {
    if (registration.status === 'CANCELLED') continue;
    const { data: training } = await context.db.entities.training.get({ tenant: context.tenant, scope: 'staff', key: registration.trainingKey }).go({ consistent: true });
    if (training && Date.parse(training.startsAt) > context.now.getTime()) {
      await cancel(registration);
      cancelled++;
    }
  }
  const current = await Promise.all(
    (await registrationsOfPerson(context, subject)).map(async (registration) => {
      const { data } = await context.db.entities.trainingRegistration
        .get({ tenant: context.tenant, trainingKey: registration.trainingKey, ticket: registration.ticket })
        .go({ consistent: true });
      return data;
    }),
  );
  const anonymised = await anonymise(
    context,
    current.filter((registration): registration is TrainingRegistrationItem => registration !== null),
  );
  return { cancelled, anonymised };
}
