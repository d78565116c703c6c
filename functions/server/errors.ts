import { GraphQLError } from 'graphql';

/** The error codes of the contract (`extensions.code`). */
export type ContractErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'QUERY_TOO_COMPLEX' | 'RATE_LIMITED';

export const contractErrorCodes: ReadonlySet<string> = new Set<ContractErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
]);

/** Bad input; `field` is the input path that is wrong, e.g. `input.organisationNumber`. */
export const badUserInput = (field: string, message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

/** The caller must sign in (or sign in again); `httpStatus` for a refusal before any resolver runs. */
export const unauthenticated = (message = 'Sign in to do this.', options: { httpStatus?: number } = {}) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', ...(options.httpStatus ? { http: { status: options.httpStatus } } : {}) } });

export const forbidden = (message = 'You may not do this.', options: { httpStatus?: number } = {}) =>
  new GraphQLError(message, { extensions: { code: 'FORBIDDEN', ...(options.httpStatus ? { http: { status: options.httpStatus } } : {}) } });

export const notFound = (message = 'Not found.') => new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });

export const conflict = (message: string, field?: string) => new GraphQLError(message, { extensions: { code: 'CONFLICT', ...(field ? { field } : {}) } });

export const rateLimited = (message: string) => new GraphQLError(message, { extensions: { code: 'RATE_LIMITED' } });

export const queryTooComplex = (message: string) => new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX' } });
