import type { Db } from '../data/db.js';
import { currentTraining, trainingEnd } from './context.js';
import { registrationsOf } from './reads.js';

/**
 * Rolls written before they carried their training's end (`endsAt`) are not in the retention job's index:
 * a training unpublished or deleted before then would never be anonymised. This stamps each of them once,
 * with the training's end when the training is still published, otherwise with its latest registration
 * (registration closes when a training starts, so that is at most the training's start: the registrations
 * are anonymised on time or a little early, never late). Run once per stage after deploying the release
 * that introduced it (`npm run training:stamp-rolls`); `npm run dev` runs it at start. Idempotent.
 */

// training:stamp-rolls: rolls without an end that are not yet anonymised (a scan, once per stage)
async function unstampedRolls(db: Db, tenant: string) {
  const { data } = await db.entities.trainingRoll.scan
    .where(
      (attr, op) =>
        `${op.eq(attr.tenant, tenant)} AND ${op.notExists(attr.endsAt)} AND ${op.notExists(attr.anonymisedAt)}`,
    )
    .go({ pages: 'all' });
  return data;
}

export async function stampLegacyRolls(context: {
  db: Db;
  tenant: string;
}): Promise<{ stamped: number; fromRegistrations: number }> {
  let stamped = 0;
  let fromRegistrations = 0;
  for (const roll of await unstampedRolls(context.db, context.tenant)) {
    const training = await currentTraining(context, roll.trainingKey);
    const registrations = training ? [] : await registrationsOf(context, roll.trainingKey, { consistent: true });
    const endsAt = training
      ? trainingEnd(training)
      : registrations
          .map((registration) => registration.registeredAt)
          .sort()
          .at(-1);
    if (!endsAt) continue;
    // An upsert writes the index keys too; it leaves the roll's counts and attendees as they are.
    await context.db.entities.trainingRoll
      .upsert({ tenant: context.tenant, trainingKey: roll.trainingKey, endsAt })
      .go({ response: 'none' });
    stamped++;
    if (!training) fromRegistrations++;
  }
  return { stamped, fromRegistrations };
}
