import type { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { locales, type LocaleCode } from '../domain/locale.js';
import { etagOf, matchesEtag } from './http-cache.js';

/** A parameter a caller got wrong: answered 400 with this message, nothing logged as a failure. */
export class ReadRequestError extends Error {}

/** `locale=` of a feed's query string: Swedish when absent or empty, one of the five otherwise. */
export function localeParameter(query: URLSearchParams): LocaleCode {
  const value = (query.get('locale') || 'sv').toLowerCase();
  if (!(locales as readonly string[]).includes(value))
    throw new ReadRequestError(`locale must be one of ${locales.join(', ')}.`);
  return value as LocaleCode;
}

/** What a read-only route answers: its body and headers, or null for nothing at this path. */
export interface ReadAnswer {
  body: string;
  headers: Record<string, string>;
}

/**
 * The frame of the read-only routes beside /graphql (the calendars, open data): GET and HEAD only (405
 * with `allow` otherwise), an ETag on every answer and 304 for a repeated GET of it, a parameter error as
 * 400 with its reason, and anything else logged and answered 500 without details. Each route brings its
 * own answer and the format of its refusals.
 */
export function readOnlyRoute(options: {
  logger: Logger;
  /** What the failure is logged as, e.g. "Calendar feed failed". */
  failure: string;
  /** The path as it may be logged (a staff feed's path holds its secret). */
  loggedPath?: (path: string) => string;
  /** The route's refusals (400, 404, 405, 500): their media type, headers of their own, and the message as a body. */
  refusal: { contentType: string; headers?: Record<string, string>; body: (message: string) => string };
  notGet: string;
  notFound: string;
  answer: (event: APIGatewayProxyEventV2, query: URLSearchParams) => Promise<ReadAnswer | null>;
}) {
  const refusal = (
    statusCode: 400 | 404 | 405 | 500,
    message: string,
    headers: Record<string, string> = {},
  ): APIGatewayProxyStructuredResultV2 => ({
    statusCode,
    headers: { 'content-type': options.refusal.contentType, ...options.refusal.headers, ...headers },
    body: options.refusal.body(message),
  });
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const method = event.requestContext.http.method;
    if (method !== 'GET' && method !== 'HEAD') return refusal(405, options.notGet, { allow: 'GET, HEAD' });
    try {
      const found = await options.answer(event, new URLSearchParams(event.rawQueryString ?? ''));
      if (!found) return refusal(404, options.notFound);
      const headers = { ...found.headers, etag: etagOf(found.body) };
      if (matchesEtag(event, headers.etag)) return { statusCode: 304, headers };
      return { statusCode: 200, headers, body: method === 'HEAD' ? '' : found.body };
    } catch (error) {
      if (error instanceof ReadRequestError) return refusal(400, error.message);
      options.logger.error(options.failure, { path: options.loggedPath?.(event.rawPath) ?? event.rawPath, error });
      return refusal(500, 'Something went wrong on our side; try again in a while.');
    }
  };
}
