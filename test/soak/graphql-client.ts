/**
 * The contract's operations sent as the frontends send them: each body as Apollo Client sends it (the persisted
 * query list, `__typename` included), queries as Apollo's PersistedQueryLink with `useGETForHashedQueries` does
 * (a GET carrying only the hash), mutations as a POST carrying only the hash, and a share of reads as plain POSTs
 * with the text (a client without the persisted-query link).
 */
import manifest from '../../functions/graphql/persisted-query-manifest.json' with { type: 'json' };
import { classifyAnswer, type Outcome } from './outcome.js';

export type Transport = 'persisted-get' | 'persisted-post' | 'plain-post';

interface ListedOperation {
  id: string;
  name: string;
  type: string;
  body: string;
}

const listed = new Map((manifest.operations as ListedOperation[]).map((operation) => [operation.name, operation]));

// What Apollo Client 4's HttpLink accepts.
const ACCEPT = 'application/graphql-response+json,application/json;q=0.9';

export interface GraphqlAnswer {
  outcome: Outcome;
  data: Record<string, unknown> | null | undefined;
}

export async function sendOperation(options: {
  apiUrl: string;
  name: string;
  variables: Record<string, unknown>;
  token?: string | undefined;
  transport: Transport;
  timeoutMs: number;
}): Promise<GraphqlAnswer> {
  const operation = listed.get(options.name);
  if (!operation) throw new Error(`${options.name} is not in the persisted query list`);
  const extensions = { persistedQuery: { version: 1, sha256Hash: operation.id } };
  const headers: Record<string, string> = {
    accept: ACCEPT,
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
  };
  let request: Request;
  if (options.transport === 'persisted-get') {
    const url = new URL(options.apiUrl);
    url.searchParams.set('operationName', options.name);
    url.searchParams.set('variables', JSON.stringify(options.variables));
    url.searchParams.set('extensions', JSON.stringify(extensions));
    // Apollo Server's CSRF protection wants a non-simple header on a GET; Apollo Client sends this one.
    request = new Request(url, { headers: { ...headers, 'x-apollo-operation-name': options.name } });
  } else {
    const body =
      options.transport === 'persisted-post'
        ? { operationName: options.name, variables: options.variables, extensions }
        : { operationName: options.name, variables: options.variables, query: operation.body };
    request = new Request(options.apiUrl, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }
  let response: Response;
  try {
    response = await fetch(request, { signal: AbortSignal.timeout(options.timeoutMs) });
  } catch (error) {
    // fetch's own failures: no connection or a reset (TypeError), or no answer in time (TimeoutError).
    if (!(error instanceof Error) || !['TimeoutError', 'TypeError'].includes(error.name)) throw error;
    const cause = (error.cause as Error | undefined)?.message;
    return { outcome: { kind: 'failed', what: `no answer: ${error.message} (${String(cause)})` }, data: undefined };
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return {
      outcome: { kind: 'failed', what: `HTTP ${response.status}, not JSON: ${text.slice(0, 120)}` },
      data: undefined,
    };
  }
  return classifyAnswer(response.status, body);
}
