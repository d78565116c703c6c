import { departmentSchema } from '../../data/entities/department.js';
import { localize } from '../../content-types/localize.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';
import { trainingCoverage as coverage } from '../../training/coverage.js';

// trainingCoverage: the window's trainings and their rolls, against the departments' targets (training/coverage.ts)
export const trainingCoverage: NonNullable<QueryResolvers['trainingCoverage']> = async (_, { from, to }, context) =>
  (await coverage(context, from, to)).map((row) => ({
    ...row,
    department: localize(departmentSchema, row.department, 'sv'),
  }));
