import type { QueryResolvers } from '../../graphql/types.generated.js';
import { associationList } from '../../register/lists.js';

// associations: one status partition by name (the public: APPROVED), narrowed (register/lists.ts)
export const associations: NonNullable<QueryResolvers['associations']> = (_, { filter, first, after }, context) =>
  associationList(context, filter, { first, after });
