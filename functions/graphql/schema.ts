import { addResolversToSchema } from '@graphql-tools/schema';
import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';
import { resolvers } from '../resolvers/resolvers.generated.js';
import { typeDefs } from './type-defs.generated.js';

/**
 * The executable schema, built once per instance. The SDL is the one `npm run codegen` printed from a
 * schema it had already validated (and test/schema.test.ts validates it again), so a cold start only
 * parses it, without locations, and builds the types: no merging of type definitions (what Apollo's
 * `typeDefs` option would do with @graphql-tools/merge) and no second validation of the SDL or the schema.
 */
export function createExecutableSchema(): GraphQLSchema {
  const schema = buildASTSchema(parse(typeDefs, { noLocation: true }), { assumeValid: true, assumeValidSDL: true });
  // In place: the schema was just built for this purpose, and a copy (mapSchema) would build every type a second time.
  return addResolversToSchema({
    schema,
    resolvers,
    updateResolversInPlace: true,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
