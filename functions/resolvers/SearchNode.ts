import type { SearchNodeResolvers } from '../graphql/types.generated.js';

// Every node search hands out carries its GraphQL type (Query/search.ts).
export const SearchNode: SearchNodeResolvers = {
  __resolveType: (node) => node.__typename,
};
