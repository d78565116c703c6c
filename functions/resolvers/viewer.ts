import { associationAccountOf } from '../auth/policies.js';
import type { QueryResolvers, ViewerResolvers } from '../graphql/types.generated.js';

// viewer: the verified caller
export const viewer: NonNullable<QueryResolvers['viewer']> = (_, __, context) => context.viewer;

export const Viewer: ViewerResolvers = {
  role: (viewer) => viewer.role,
  // viewer.association: the association an account registered (gsi2, one Query)
  association: async (viewer, _, context) => {
    const accountId = associationAccountOf(viewer);
    if (!accountId) return null;
    const { data } = await context.db.entities.association.query.byAccount({ tenant: context.tenant, accountId }).go({ limit: 1 });
    return data[0] ?? null;
  },
};
