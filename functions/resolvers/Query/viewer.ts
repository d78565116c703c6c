import type { QueryResolvers } from '../../graphql/types.generated.js';

// viewer: the verified caller
export const viewer: NonNullable<QueryResolvers['viewer']> = (_, __, context) => context.viewer;
