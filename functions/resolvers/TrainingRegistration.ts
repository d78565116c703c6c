import { departmentSchema, type DepartmentItem } from '../data/entities/department.js';
import { trainingSchema, type TrainingItem } from '../data/entities/training.js';
import { notFound } from '../domain/errors.js';
import { localize } from '../content-types/localize.js';
import type { TrainingRegistrationResolvers } from '../graphql/types.generated.js';
import { registrationIdOf } from '../training/context.js';

export const TrainingRegistration: TrainingRegistrationResolvers = {
  id: (registration) => registrationIdOf(registration),
  municipality: (registration) => registration.tenant,
  name: (registration) => registration.name ?? null,
  email: (registration) => registration.email ?? null,
  // department, training: batched GetItems through the request's loader (a department removed since is named by its slug)
  department: async (registration, _, context) => {
    const item = (await context.items.load({
      entity: 'department',
      key: { tenant: registration.tenant, key: registration.department },
    })) as DepartmentItem | null;
    const slug = registration.department;
    return item
      ? localize(departmentSchema, item, 'sv')
      : {
          tenant: registration.tenant,
          key: slug,
          id: slug,
          slug,
          name: slug,
          revision: 0,
          trainingTargets: [],
          listOrder: slug,
          updatedAt: registration.updatedAt,
          locale: 'sv',
        };
  },
  training: async (registration, _, context) => {
    const item = (await context.items.load({
      entity: 'training',
      key: { tenant: registration.tenant, scope: 'staff', key: registration.trainingKey },
    })) as TrainingItem | null;
    // A training withdrawn since: the registration stays (until the retention job), the training is not there to show.
    if (!item)
      throw notFound({
        sv: 'Utbildningen för denna anmälan är inte längre publicerad.',
        en: 'The training of this registration is no longer published.',
      });
    return localize(trainingSchema, item, 'sv');
  },
};
