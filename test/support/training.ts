import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
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
    /** Where it was held (a district's key). */
    district?: string;
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

/** `npm run staff:erase -- --sub <sub>` as an operator runs it, with `env` on top of this process's environment. */
export const runStaffErase = (sub: string, env: Record<string, string | undefined>) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', 'functions/training/erase-command.ts', '--sub', sub], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });

/** The environment that points the operator commands at the test API's table. */
export const tableEnvironmentOf = (api: TestApi) => ({
  VARNA_TENANT: api.config.tenant,
  VARNA_TABLE_NAME: api.config.dynamo.tableName,
  DYNAMODB_ENDPOINT: api.config.dynamo.endpoint,
  AWS_REGION: api.config.dynamo.region,
  VARNA_CURSOR_SECRET: api.config.cursorSecret,
});

/** The department the training tests register under, with a target of 10 first-line staff. */
export const publishSocialServices = (api: TestApi) =>
  publish(api.db, TENANT, {
    type: 'department',
    key: 'socialforvaltningen',
    revision: 1,
    name: { sv: 'Socialförvaltningen' },
    trainingTargets: [{ audience: 'FIRST_LINE_STAFF', count: 10 }],
  });
