import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { GraphQLError, Kind, parse, print, visit, type DocumentNode } from 'graphql';
import manifest from '../graphql/persisted-query-manifest.json' with { type: 'json' };
import { bodyOf } from './event.js';
import { queryLimits } from './limits.js';

/**
 * The persisted query list (Apollo's manifest format, written by `npm run persisted-queries` from the
 * contract and operations/, each body with the `__typename` fields Apollo Client adds for its cache): a
 * GET or POST may carry only an operation's hash (`extensions.persistedQuery.sha256Hash`), which keeps a
 * cacheable GET's URL short and stable. With the safelist on (production's default, `VARNA_SAFELIST`), an
 * operation that is not in the list is refused before it is executed, which also closes the door on
 * arbitrary expensive queries.
 */
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const bodies = new Map<string, string>(manifest.operations.map((operation) => [operation.id, operation.body]));

/**
 * Without the `__typename` fields: they cost nothing to answer, and clients add them where they please
 * (Apollo Client to every selection, the frontends' own texts to none), so with or without them it is
 * the same operation. An aliased one (`kind: __typename`) is the operation's own and stays.
 */
const withoutTypenames = (document: DocumentNode) =>
  visit(document, { [Kind.FIELD]: (field) => (field.name.value === '__typename' && !field.alias ? null : undefined) });

/**
 * An operation's text as printed by graphql-js, without added `__typename` fields: layout, comments and
 * the fields a client adds for its cache do not make it another operation. Parsed under the server's
 * token limit, so that a long text costs no more here than in GraphQL itself. For a listed text without
 * `__typename` of its own this is the id the list gave it before it carried them.
 */
function normalized(query: string): string | null {
  try {
    return sha256(print(withoutTypenames(parse(query, { maxTokens: queryLimits.maxTokens }))));
  } catch (error) {
    // A text that does not parse (or is too long to) is no listed operation; GraphQL reports its error itself.
    if (error instanceof GraphQLError) return null;
    throw error;
  }
}
/** The listed texts exactly as the list holds them: what clients built from the list send, known without a parse. */
const listedBodies = new Set(manifest.operations.map((operation) => operation.body));
let listed: Map<string | null, string> | undefined;
/**
 * The listed operations by their normalized hash: built when a text first differs from every listed body
 * (or a hash names none), not at import, because parsing and printing the whole list is about 10 ms of a
 * cold start that most instances never need.
 */
const listedNormalized = () =>
  (listed ??= new Map(manifest.operations.map((operation) => [normalized(operation.body), operation.body])));
const isListed = (query: string) => listedBodies.has(query) || listedNormalized().has(normalized(query));
/**
 * The listed body a hash names: the list's own id, or the normalized one, which is also the id an
 * operation had before the list carried `__typename` — so clients built from the earlier list still work.
 */
const bodyNamedBy = (hash: string) => bodies.get(hash) ?? listedNormalized().get(hash);

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
      normalized(parameters.query) !== normalized(body)
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
