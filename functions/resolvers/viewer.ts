import type { QueryResolvers, ViewerResolvers } from '../graphql/types.generated.js';

// viewer: the verified caller
export const viewer: NonNullable<QueryResolvers['viewer']> = (_, __, context) => context.viewer;

export const Viewer: ViewerResolvers = {
  role: (viewer) => viewer.role,
  // viewer.association: the association an account registered (gsi2, one Query)
  association: async (viewer, _, context) => {
    if (viewer.role !== 'ASSOCIATION' || !viewer.subject) return null;
    const { data } = await context.db.entities.association.query.byAccount({ tenant: context.tenant, accountId: viewer.subject }).go({ limit: 1 });
    return data[0] ?? null;
  },
};
