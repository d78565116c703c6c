import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { GraphQLError } from 'graphql';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context as LambdaContext } from 'aws-lambda';
import { createTokenVerifier } from '../auth/tokens.js';
import type { Config } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import type { FileLinks } from '../files/file-links.js';
import { localFileLinks } from '../files/local-file-links.js';
import { PREVIEW_HEADER, verifyPreviewToken } from '../preview/token.js';
import { s3FileLinks } from '../files/s3-file-links.js';
import { createMunicipalityRegistry } from '../tenancy/registry.js';
import { MUNICIPALITY_PARAMETER, tenantOf } from '../tenancy/request-tenant.js';
import { createApolloServer } from './apollo.js';
import { isDependencyUnavailable, SERVICE_UNAVAILABLE, serviceUnavailableMessage } from './unavailable.js';
import { createContext } from './context.js';
import { asGraphQLError } from './errors.js';
import { bodyOf, headerOf } from './event.js';
import { withHttpCaching } from './http-cache.js';
import { createLogger } from './logger.js';
import { resolvePersistedQuery } from './persisted-queries.js';
import { messageLanguageOf, type Said } from '../domain/said.js';
import { inRequestLanguage, requestLanguage } from './request-language.js';

/**
 * A refusal made before GraphQL runs, in the shape of every other error: the GraphQL-over-HTTP media type
 * when the client accepts it (Apollo Client 4 asks for it first, and then reads the errors of a 4xx
 * answer instead of reporting only its status), the GraphQL error format with the contract's code, and
 * never stored by a cache.
 */
function refusal(
  event: APIGatewayProxyEventV2,
  statusCode: number,
  said: Said | string,
  field?: string,
): APIGatewayProxyStructuredResultV2 {
  const message = typeof said === 'string' ? said : said[requestLanguage()];
  const graphqlResponse = /application\/graphql-response\+json/i.test(headerOf(event, 'accept') ?? '');
  return {
    statusCode,
    headers: {
      'content-type': `${graphqlResponse ? 'application/graphql-response+json' : 'application/json'}; charset=utf-8`,
      'cache-control': 'private, no-store',
    },
    body: JSON.stringify({
      errors: [{ message, extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } }],
    }),
  };
}

/**
 * What a request is answered when its context could not be made: a refusal (a bad token, a municipality it may not
 * use) as the contract's error with its HTTP status; the table unreachable for the registry as SERVICE_UNAVAILABLE
 * (503), which the client may retry, not as Apollo's bare 500.
 */
function contextFailure(error: unknown): unknown {
  if (!isDependencyUnavailable(error)) return asGraphQLError(error);
  return new GraphQLError(serviceUnavailableMessage[requestLanguage()], {
    originalError: error instanceof Error ? error : undefined,
    extensions: { code: SERVICE_UNAVAILABLE, http: { status: 503, headers: new Map([['retry-after', '1']]) } },
  });
}

/** The body's size in bytes, counted without decoding it (a base64 body's length says it). */
const bodyBytes = (event: APIGatewayProxyEventV2) =>
  event.body ? Buffer.byteLength(event.body, event.isBase64Encoded ? 'base64' : 'utf8') : 0;

/**
 * Refuses what must not reach any parser at all, first thing on Lambda as the local HTTP front does:
 * bodies over the size limit (413) and JSON bodies that do not parse (400), each with a GraphQL-shaped
 * error instead of a bare message. API Gateway accepts bodies up to 10 MB; nothing of them is parsed here.
 */
function refusedBeforeParsing(
  event: APIGatewayProxyEventV2,
  maxBodyBytes: number,
): APIGatewayProxyStructuredResultV2 | undefined {
  if (bodyBytes(event) > maxBodyBytes)
    return refusal(event, 413, {
      sv: `Anropets innehåll är större än ${maxBodyBytes} byte.`,
      en: `The request body is larger than ${maxBodyBytes} bytes.`,
    });
  const body = bodyOf(event);
  if (body && headerOf(event, 'content-type')?.toLowerCase().startsWith('application/json')) {
    try {
      JSON.parse(body);
    } catch {
      return refusal(event, 400, {
        sv: 'Anropets innehåll är inte giltig JSON.',
        en: 'The request body is not valid JSON.',
      });
    }
  }
  return undefined;
}

/** A handler for API Gateway HTTP API (v2) events, built once per Lambda instance. */
export type ApiHandler = (
  event: APIGatewayProxyEventV2,
  context: LambdaContext,
) => Promise<APIGatewayProxyStructuredResultV2>;

/** Links into the media bucket on AWS, to the dev server's files locally, or none. */
function fileLinksOf(config: Config): FileLinks | null {
  if (config.files.bucket) return s3FileLinks({ bucket: config.files.bucket, region: config.dynamo.region });
  if (config.files.localUrl) return localFileLinks({ baseUrl: config.files.localUrl, secret: config.cursorSecret });
  return null;
}

/** The GraphQL function's handler: /graphql (the feeds beside it have a function of their own, functions/server/feeds.ts). */
export function createGraphqlHandler(config: Config): ApiHandler {
  const logger = createLogger(config);
  const fileLinks = fileLinksOf(config);
  const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
  const viewerOf = createTokenVerifier(config);
  const registry = createMunicipalityRegistry(db);
  const server = createApolloServer(config, logger);
  // The integration is CommonJS and types ApolloServer from @apollo/server's CommonJS build; at run time
  // it only calls the server's public methods, which both builds share.
  // Requests that got a context are logged by the logging plugin; the rest were refused before GraphQL.
  const answeredByGraphql = new WeakSet<APIGatewayProxyEventV2>();
  const handler = startServerAndCreateLambdaHandler(
    server as unknown as Parameters<typeof startServerAndCreateLambdaHandler>[0],
    handlers.createAPIGatewayProxyEventV2RequestHandler(),
    {
      context: async ({ event }: { event: APIGatewayProxyEventV2 }) => {
        // A refused token is a domain error; the server answers it as the contract's GraphQL error (HTTP 401/403).
        // A preview token is checked as strictly: expired or forged is refused, never served as if absent.
        const [viewer, preview] = await Promise.all([
          viewerOf(headerOf(event, 'authorization')),
          verifyPreviewToken(config.previewSecret, headerOf(event, PREVIEW_HEADER)),
        ]).catch((error: unknown) => Promise.reject(asGraphQLError(error)));
        const municipality = await tenantOf(
          {
            parameter: event.queryStringParameters?.[MUNICIPALITY_PARAMETER],
            origin: headerOf(event, 'origin'),
            viewer,
          },
          { defaultTenant: config.tenant, defaultName: config.tenantName, registry },
        ).catch((error: unknown) => Promise.reject(contextFailure(error)));
        answeredByGraphql.add(event);
        return createContext({
          viewer,
          tenant: municipality.slug,
          municipalityName: municipality.name,
          defaultTenant: config.tenant,
          db,
          cursorSecret: config.cursorSecret,
          fileLinks,
          preview,
        });
      },
    },
  );
  return (event, context) =>
    // Error messages in the language the request asks for (the codes never change with it).
    inRequestLanguage(messageLanguageOf(headerOf(event, 'accept-language')), () => answer(event, context));
  async function answer(event: APIGatewayProxyEventV2, context: LambdaContext) {
    logger.addContext(context);
    logger.appendKeys({ requestId: event.requestContext?.requestId ?? context?.awsRequestId });
    const started = performance.now();
    try {
      const refused = refusedBeforeParsing(event, config.maxBodyBytes);
      if (refused) {
        logger.warn('Request refused before GraphQL', { status: refused.statusCode, bodyBytes: bodyBytes(event) });
        return refused;
      }
      const persisted = resolvePersistedQuery(event, { safelist: config.safelist });
      if ('refused' in persisted) {
        logger.warn('Request refused before GraphQL', { status: 400, reason: persisted.refused.message });
        return refusal(event, 400, persisted.refused.message, persisted.refused.field);
      }
      const result = withHttpCaching(
        persisted.event,
        (await handler(persisted.event, context, () => undefined)) as APIGatewayProxyStructuredResultV2,
      );
      if (!answeredByGraphql.has(persisted.event)) {
        logger.warn('Request refused before GraphQL', {
          status: result.statusCode,
          durationMs: Math.round(performance.now() - started),
        });
      }
      return result;
    } finally {
      logger.resetKeys();
    }
  }
}
