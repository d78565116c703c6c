import { GraphQLError } from 'graphql';
import { DomainError } from '../domain/errors.js';

export { contractErrorCodes, type ContractErrorCode } from '../domain/errors.js';

/** A domain error as the GraphQL error the contract describes: its code, its field, and for a bad token the HTTP status. */
export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: {
      code: error.code,
      ...(error.field ? { field: error.field } : {}),
      ...(error.httpStatus ? { http: { status: error.httpStatus } } : {}),
    },
  });
}

/** Rethrows a domain error as its GraphQL error; anything else (an internal fault) as it is. */
export function asGraphQLError(error: unknown): unknown {
  return error instanceof DomainError ? toGraphQLError(error) : error;
}

/** Refused by a query limit (a validation rule, which reports GraphQL errors itself). */
export const queryTooComplex = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX' } });
