import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from '../domain/errors.js';
import { contractErrorCodes } from './errors.js';
import { requestLanguage } from './request-language.js';
import { isDependencyUnavailable, SERVICE_UNAVAILABLE, serviceUnavailableMessage } from './unavailable.js';

/**
 * Masks every error to the contract: a domain error (what resolvers and the domain throw) is its code,
 * message and `field`, mapped here once rather than around each resolver; a contract code keeps its message and `field`; request errors
 * of GraphQL itself (syntax, validation, variable types) become BAD_USER_INPUT (or QUERY_TOO_COMPLEX
 * for a token flood); anything else is an internal fault whose message and stack never leave the server.
 */
export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side. Please try again later.';

/** Codes of a request GraphQL cannot run as sent: the client's mistake, answered BAD_USER_INPUT. */
const requestErrorCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** The input path an error of graphql-js's variable coercion names, e.g. `input.organisationNumber`. */
function fieldOf(message: string): string | undefined {
  const variable = /Variable "\$(\w+)"/.exec(message)?.[1];
  if (!variable) return undefined;
  const nested = /at "(\w+(?:\.\w+|\[\d+\])*)"/.exec(message)?.[1];
  return nested ?? variable;
}

/** Apollo re-codes validation errors as GRAPHQL_VALIDATION_FAILED; the query limits' own code is on the original. */
function contractCodeOf(formatted: GraphQLFormattedError, error: unknown): string {
  const originalCode = (error as { originalError?: { extensions?: { code?: unknown } } } | undefined)?.originalError
    ?.extensions?.code;
  return String(originalCode === 'QUERY_TOO_COMPLEX' ? originalCode : (formatted.extensions?.code ?? ''));
}

export function formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const base = {
    message: formatted.message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  const domain = (error as { originalError?: unknown } | undefined)?.originalError;
  if (domain instanceof DomainError)
    return {
      ...base,
      // In the request's language (Accept-Language: Swedish or English); the code is the same in both.
      message: domain.messageIn(requestLanguage()),
      extensions: { code: domain.code, ...(domain.field ? { field: domain.field } : {}) },
    };
  const code = contractCodeOf(formatted, error);
  if (contractErrorCodes.has(code)) {
    const field = formatted.extensions?.field ?? (code === 'BAD_USER_INPUT' ? fieldOf(formatted.message) : undefined);
    return { ...base, extensions: { code, ...(field ? { field } : {}) } };
  }
  if (requestErrorCodes.has(code)) {
    // graphql-js's own wording: "Document contains more that N tokens. Parsing aborted."
    if (/contains more \w+ \d+ tokens/.test(formatted.message))
      return { ...base, extensions: { code: 'QUERY_TOO_COMPLEX' } };
    const field = fieldOf(formatted.message);
    return { ...base, extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } };
  }
  // A dependency down or throttled for a moment: the client may retry (every write is idempotent or conditional).
  if (isDependencyUnavailable(domain))
    return {
      message: serviceUnavailableMessage[requestLanguage()],
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: SERVICE_UNAVAILABLE },
    };
  return {
    message: INTERNAL_ERROR_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
