import type { QueryResolvers } from '../../graphql/types.generated.js';
import { activityList } from '../../register/lists.js';

// activities: one status partition by start time (the public: PUBLISHED), in a window (register/lists.ts)
export const activities: NonNullable<QueryResolvers['activities']> = (_, { filter, first, after }, context) =>
  activityList(context, filter, { first, after });
