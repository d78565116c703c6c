/**
 * The errors of Värna's domain, with the contract's codes. The data layer, the register, the policies
 * and the resolvers throw these; the server layer alone turns them into GraphQL errors
 * (functions/server/errors.ts), and the CMS's moderation endpoint into HTTP answers.
 */

import type { MessageLanguage, Said } from './said.js';

/** The error codes of the contract (`extensions.code`). */
export type ContractErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'QUERY_TOO_COMPLEX' | 'RATE_LIMITED';

export const contractErrorCodes: ReadonlySet<string> = new Set<ContractErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
]);

export class DomainError extends Error {
  override name = 'DomainError';
  /** The message in both languages; `message` is the English one (logs). */
  readonly said: Said;
  constructor(
    readonly code: ContractErrorCode,
    said: Said,
    /** The input path that is wrong, e.g. `input.organisationNumber`. */
    readonly field?: string,
    /** For a refusal before any resolver runs (a bad token): the HTTP status of the whole answer. */
    readonly httpStatus?: number,
  ) {
    super(said.en);
    this.said = said;
  }

  /** The message in `language` (the request's). */
  messageIn(language: MessageLanguage): string {
    return this.said[language];
  }
}

/** Bad input; `field` is the input path that is wrong, e.g. `input.organisationNumber`. */
export const badUserInput = (field: string, message: Said) => new DomainError('BAD_USER_INPUT', message, field);

/** The caller must sign in (or sign in again). */
export const unauthenticated = (
  message: Said = { sv: 'Logga in för att göra detta.', en: 'Sign in to do this.' },
  options: { httpStatus?: number } = {},
) => new DomainError('UNAUTHENTICATED', message, undefined, options.httpStatus);

export const forbidden = (
  message: Said = { sv: 'Du får inte göra detta.', en: 'You may not do this.' },
  options: { httpStatus?: number } = {},
) => new DomainError('FORBIDDEN', message, undefined, options.httpStatus);

export const notFound = (message: Said = { sv: 'Hittades inte.', en: 'Not found.' }) =>
  new DomainError('NOT_FOUND', message);

export const conflict = (message: Said, field?: string) => new DomainError('CONFLICT', message, field);

export const rateLimited = (message: Said) => new DomainError('RATE_LIMITED', message);
