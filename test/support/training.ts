import type { Viewer } from '../../functions/auth/viewer.js';
import { publish } from '../../functions/read-model/publish.js';
import { recordAttendance } from '../../functions/training/attendance.js';
import { registrationIdOf } from '../../functions/training/context.js';
import { registerForTraining } from '../../functions/training/registrations.js';
import { TENANT, type TestApi } from './api.js';

const coordinatorViewer: Viewer = { role: 'COORDINATOR', roles: ['COORDINATOR'], subject: 'test-coordinator' };

/**
 * Trainings that took place, as they happened: published, registered for before they started (the
 * registration code with the clock of that day) and attendance recorded after. `roll` gives per training
 * who (subject, department) registered and whether they came.
 */
export async function seedHeldTrainings(
  api: TestApi,
  trainings: {
    key: string;
    startsAt: string;
    endsAt: string;
    audience: string;
    capacity: number;
    roll: [subject: string, department: string, attended: boolean][];
  }[],
): Promise<void> {
  for (const { roll, ...training } of trainings) {
    await publish(api.db, TENANT, {
      type: 'training',
      revision: 1,
      visibility: 'INTERNAL',
      title: { sv: `${training.key} (test)` },
      ...training,
    });
    const before = new Date(Date.parse(training.startsAt) - 7 * 24 * 60 * 60 * 1000);
    const after = new Date(Date.parse(training.endsAt) + 60 * 60 * 1000);
    for (const [subject, department, attended] of roll) {
      const viewer: Viewer = {
        role: 'STAFF',
        roles: ['STAFF'],
        subject,
        name: `Person ${subject}`,
        email: `${subject}@example.org`,
      };
      const context = { db: api.db, tenant: TENANT, viewer, now: before, cursorSecret: api.config.cursorSecret };
      const registration = await registerForTraining(context, {
        trainingId: training.key,
        department,
        idempotencyKey: `${training.key}-${subject}`,
      });
      if (attended)
        await recordAttendance(
          { ...context, viewer: coordinatorViewer, now: after },
          registrationIdOf(registration),
          true,
        );
    }
  }
}
