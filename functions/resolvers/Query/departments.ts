import { departmentSchema } from '../../data/entities/department.js';
import { localeCode } from '../../domain/locale.js';
import { localizeAll } from '../../content-types/localize.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';
import { allDepartments } from '../../training/coverage.js';

// departments: every department of the tenant by name (a short reference list: all pages in one call)
export const departments: NonNullable<QueryResolvers['departments']> = async (_, { locale }, context) =>
  localizeAll(departmentSchema, await allDepartments(context), localeCode(locale));
