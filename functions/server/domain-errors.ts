import { asGraphQLError } from './errors.js';

type Resolver = (...args: unknown[]) => unknown;

/** Calls a resolver and turns the domain error it throws (or rejects with) into the contract's GraphQL error. */
function mapped(resolve: Resolver): Resolver {
  return (...args) => {
    try {
      const result = resolve(...args);
      return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(asGraphQLError(error))) : result;
    } catch (error) {
      throw asGraphQLError(error);
    }
  };
}

/** The resolver map with every resolver's domain errors turned into GraphQL errors: the one place that does it. */
export function withDomainErrors<T extends Record<string, unknown>>(resolvers: T): T {
  return Object.fromEntries(
    Object.entries(resolvers).map(([typeName, fields]) => [
      typeName,
      // Plain maps of field resolvers only: a scalar (GraphQLScalarType) stays as it is.
      fields && Object.getPrototypeOf(fields) === Object.prototype
        ? Object.fromEntries(
            Object.entries(fields as Record<string, unknown>).map(([name, resolve]) => [name, typeof resolve === 'function' ? mapped(resolve as Resolver) : resolve]),
          )
        : fields,
    ]),
  ) as T;
}
