import type { Viewer } from '../../functions/auth/viewer.js';
import type { Db } from '../../functions/data/db.js';
import { recordAttendance } from '../../functions/training/attendance.js';
import { registrationIdOf } from '../../functions/training/context.js';
import { registerForTraining } from '../../functions/training/registrations.js';

const day = 24 * 60 * 60 * 1000;

/**
 * EXAMPLE DATA: registrations and attendance of the example trainings that took place (invented staff,
 * `exempel-personal-N`, at example.org), written through the registration code with the clock of the
 * day they would have happened, so that coverage and the Reports view have something to show.
 */
const history: { training: string; startsAt: (now: Date) => Date; people: number; came: number }[] = [
  {
    training: 'grundutbildning-forsta-linjen-tidigare',
    startsAt: (now) => new Date(now.getTime() - 40 * day),
    people: 14,
    came: 12,
  },
  { training: 'fordjupning-samtal-vid-oro', startsAt: (now) => new Date(now.getTime() - 75 * day), people: 8, came: 7 },
];
const departments = ['socialforvaltningen', 'utbildningsforvaltningen', 'kultur-och-fritidsforvaltningen'];

export async function loadSampleTrainingHistory(
  db: Db,
  tenant: string,
  now: Date,
  cursorSecret: string,
): Promise<void> {
  const coordinator: Viewer = { role: 'COORDINATOR', roles: ['COORDINATOR'], subject: 'exempel-samordnare' };
  for (const { training, startsAt, people, came } of history) {
    const before = new Date(startsAt(now).getTime() - 14 * day);
    const after = new Date(startsAt(now).getTime() + day);
    for (let index = 1; index <= people; index++) {
      const subject = `exempel-personal-${index}`;
      const viewer: Viewer = {
        role: 'STAFF',
        roles: ['STAFF'],
        subject,
        name: `Exempelperson ${index}`,
        email: `personal-${index}@example.org`,
      };
      const context = { db, tenant, viewer, now: before, cursorSecret };
      const registration = await registerForTraining(context, {
        trainingId: training,
        department: departments[index % departments.length]!,
        idempotencyKey: `example-${training}-${index}`,
      });
      if (index <= came)
        await recordAttendance({ ...context, viewer: coordinator, now: after }, registrationIdOf(registration), true);
    }
  }
}
