import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import manifest from '../graphql/persisted-query-manifest.json' with { type: 'json' };
import { listedIdByNormalizedId } from '../graphql/persisted-query-normalized.generated.js';
import { bodyOf } from './event.js';
import { normalizedOperationId } from './normalized-operation.js';

/**
 * The persisted query list (Apollo's manifest format, written by `npm run persisted-queries` from the
 * contract and operations/, each body with the `__typename` fields Apollo Client adds for its cache): a
 * GET or POST may carry only an operation's hash (`extensions.persistedQuery.sha256Hash`), which keeps a
 * cacheable GET's URL short and stable. With the safelist on (production's default, `VARNA_SAFELIST`), an
 * operation that is not in the list is refused before it is executed, which also closes the door on
 * arbitrary expensive queries.
 */
const bodies = new Map<string, string>(manifest.operations.map((operation) => [operation.id, operation.body]));
/** The listed texts exactly as the list holds them: what clients built from the list send, known without a parse. */
const listedBodies = new Set(manifest.operations.map((operation) => operation.body));
/**
 * A text is listed as it stands or as the same operation in another layout (the frontends' own texts
 * carry no `__typename`): then only the request's text is parsed, against the list's normalized ids,
 * which `npm run persisted-queries` wrote beside it.
 */
const isListed = (query: string) =>
  listedBodies.has(query) || Object.hasOwn(listedIdByNormalizedId, normalizedOperationId(query) ?? '');
/**
 * The listed body a hash names: the list's own id, or the normalized one, which is also the id an
 * operation had before the list carried `__typename` — so clients built from the earlier list still work.
 */
const bodyNamedBy = (hash: string) =>
  bodies.get(hash) ??
  (Object.hasOwn(listedIdByNormalizedId, hash) ? bodies.get(listedIdByNormalizedId[hash]!) : undefined);

export type PersistedQueryOutcome = { event: APIGatewayProxyEventV2 } | { refused: { field: string; message: string } };

interface GraphqlParameters {
  query?: unknown;
  extensions?: { persistedQuery?: { version?: unknown; sha256Hash?: unknown } };
  [key: string]: unknown;
}

/** The request's GraphQL parameters and how to put changed ones back, for GET (query string) and POST (JSON body). */
function parametersOf(
  event: APIGatewayProxyEventV2,
): { parameters: GraphqlParameters; withParameters: (next: GraphqlParameters) => APIGatewayProxyEventV2 } | null {
  if (event.requestContext.http.method === 'GET') {
    const search = new URLSearchParams(event.rawQueryString ?? '');
    let extensions: GraphqlParameters['extensions'];
    try {
      extensions = search.has('extensions') ? JSON.parse(search.get('extensions')!) : undefined;
    } catch {
      extensions = undefined;
    }
    return {
      parameters: { query: search.get('query') ?? undefined, extensions },
      withParameters: (next) => {
        if (typeof next.query === 'string') search.set('query', next.query);
        if (next.extensions && Object.keys(next.extensions).length)
          search.set('extensions', JSON.stringify(next.extensions));
        else search.delete('extensions');
        const rawQueryString = search.toString();
        return { ...event, rawQueryString, queryStringParameters: Object.fromEntries(search) };
      },
    };
  }
  if (!event.body) return null;
  let parameters: unknown;
  try {
    parameters = JSON.parse(bodyOf(event));
  } catch {
    return null;
  }
  // A batch or a non-object is left to Apollo Server's own refusal.
  if (!parameters || typeof parameters !== 'object' || Array.isArray(parameters)) return null;
  return {
    parameters: parameters as GraphqlParameters,
    withParameters: (next) => ({ ...event, isBase64Encoded: false, body: JSON.stringify(next) }),
  };
}

/** Fills in a persisted operation's text from its hash, and refuses what the safelist does not hold. */
export function resolvePersistedQuery(
  event: APIGatewayProxyEventV2,
  options: { safelist: boolean },
): PersistedQueryOutcome {
  const request = parametersOf(event);
  if (!request) return { event };
  const { parameters, withParameters } = request;
  const persisted = parameters.extensions?.persistedQuery;
  if (persisted) {
    const hash = persisted.sha256Hash;
    const body = typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash) ? bodyNamedBy(hash) : undefined;
    if (body === undefined)
      return {
        refused: {
          field: 'extensions.persistedQuery.sha256Hash',
          message: 'No operation in the persisted query list has this hash.',
        },
      };
    if (
      typeof parameters.query === 'string' &&
      parameters.query !== body &&
      normalizedOperationId(parameters.query) !== normalizedOperationId(body)
    )
      return { refused: { field: 'query', message: 'The query is not the operation its hash names.' } };
    // Apollo Server's own (automatic) persisted queries are off: it gets the text and no hash.
    const { persistedQuery: _used, ...extensions } = parameters.extensions!;
    return { event: withParameters({ ...parameters, query: body, extensions }) };
  }
  if (options.safelist && typeof parameters.query === 'string' && !isListed(parameters.query))
    return {
      refused: { field: 'query', message: 'This API answers only the operations in its persisted query list.' },
    };
  return { event };
}
