import type { ApolloServerPlugin } from '@apollo/server';
import type { Said } from '../domain/said.js';
import type { Context } from './context.js';

/**
 * A dependency that is down or overloaded for a moment (DynamoDB unreachable, throttled, a transaction that kept
 * conflicting after the SDK's own retries): not the caller's mistake and not a bug, so the answer says to try
 * again (`SERVICE_UNAVAILABLE`, HTTP 503 with Retry-After when nothing was answered) instead of an internal fault.
 * Every write is one conditional transaction with its idempotency key or expected version, so a retry is safe.
 */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

export const serviceUnavailableMessage: Said = {
  sv: 'Tjänsten är tillfälligt otillgänglig. Försök igen om en liten stund.',
  en: 'The service is briefly unavailable. Please try again in a moment.',
};

/** The AWS SDK's names for a throttled or overloaded call, and the transaction conflict DynamoDB reports. */
const transientNames = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'ServiceUnavailable',
  'InternalServerError',
  'TimeoutError',
  'TransactionInProgressException',
]);
/** Node's codes for a connection that could not be made or broke. */
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);

interface MaybeAwsError {
  name?: unknown;
  code?: unknown;
  $retryable?: unknown;
  $metadata?: { httpStatusCode?: number };
  CancellationReasons?: { Code?: string }[];
  cause?: unknown;
}

function isTransient(error: MaybeAwsError): boolean {
  if (error.$retryable) return true;
  if (typeof error.name === 'string' && transientNames.has(error.name)) return true;
  if (typeof error.code === 'string' && networkCodes.has(error.code)) return true;
  if ((error.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  // A transaction cancelled only by conflicts or throttling (never by one of Värna's conditions) may be retried.
  const reasons = error.name === 'TransactionCanceledException' ? (error.CancellationReasons ?? []) : [];
  return (
    reasons.some((reason) => reason.Code === 'TransactionConflict' || reason.Code === 'ThrottlingError') &&
    reasons.every((reason) => ['None', 'TransactionConflict', 'ThrottlingError'].includes(reason.Code ?? 'None'))
  );
}

/** True when `error`, or an error it wraps (ElectroDB keeps the SDK's as `cause`), is a transient dependency failure. */
export function isDependencyUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    if (isTransient(current as MaybeAwsError)) return true;
    current = (current as MaybeAwsError).cause;
  }
  return false;
}

/**
 * HTTP 503 and `Retry-After` for an answer that is nothing but SERVICE_UNAVAILABLE (every root field null): a
 * client, a proxy or the edge sees at once that it may try again. A partial answer stays 200, as GraphQL's is.
 */
export function serviceUnavailablePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors, data } = response.body.singleResult;
          const unavailable = errors?.length && errors.every((error) => error.extensions?.code === SERVICE_UNAVAILABLE);
          const nothingAnswered = !data || Object.values(data).every((value) => value === null);
          if (!unavailable || !nothingAnswered) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', '1');
        },
      };
    },
  };
}
