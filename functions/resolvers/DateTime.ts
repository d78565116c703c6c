import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** ISO 8601 instants with an offset; answered and handed to resolvers as UTC (`…Z`). */
export const DateTime: GraphQLScalarType<string, string> = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant in time, ISO 8601 with a UTC offset.',
  serialize: (value) => new Date(value as string).toISOString(),
  parseValue: (value) => {
    if (typeof value !== 'string' || !isoWithOffset.test(value) || Number.isNaN(Date.parse(value))) {
      throw new GraphQLError('must be an ISO 8601 date and time with an offset, e.g. 2026-12-10T17:00:00+01:00');
    }
    return new Date(value).toISOString();
  },
  parseLiteral: (ast): string => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string');
    return DateTime.parseValue(ast.value) as string;
  },
});
