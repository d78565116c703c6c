import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Context as LambdaContext } from 'aws-lambda';
import { inject } from 'vitest';
import { loadConfig, loadTableConfig, type Config } from '../../functions/config.js';
import { createDb, createDocumentClient, type Db } from '../../functions/data/db.js';
import { createApiHandler } from '../../functions/server/api.js';
import type { ApiHandler } from '../../functions/server/lambda.js';
import { apiGatewayEvent } from '../../functions/local/api-gateway-event.js';
import { ensureDevIssuer, signDevToken } from '../../functions/local/dev-issuer.js';
import { ensureTable } from '../../functions/local/dynamodb-local.js';
import { localApiEnvironment } from '../../functions/local/environment.js';
import { subscribeToTableStream } from '../../functions/local/table-stream.js';
import { searchPointerStreamFilter } from '../../functions/search/stream-filter.js';
import { createSearchIndexerHandler } from '../../functions/search/stream-handler.js';
import { searchPointerOf } from '../../functions/search/version.js';

export const TENANT = 'botkyrka';

export interface GraphqlResponse {
  status: number;
  headers: Record<string, string | number | boolean>;
  raw: string;
  body: {
    data?: Record<string, any> | null;
    errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
  };
}

export interface TestApi {
  config: Config;
  db: Db;
  handler: ApiHandler;
  /** POSTs one GraphQL request as API Gateway would deliver it. */
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; operationName?: string; acceptLanguage?: string },
  ): Promise<GraphqlResponse>;
  /** Sends a raw API Gateway v2 event built from these parts. */
  send(request: Parameters<typeof apiGatewayEvent>[0]): Promise<GraphqlResponse>;
  /** Waits until the search indexer has stored the indexes of a municipality's current content (the default's unless named): what a publish waits for to be findable. */
  searchIndexed(tenant?: string): Promise<void>;
  /** A dev-issuer token; a role other than staff/moderator/association tests a token without a Värna role. */
  token(
    role: 'staff' | 'moderator' | 'coordinator' | 'association' | (string & {}),
    sub?: string,
    expiresIn?: string,
    claims?: { name?: string; email?: string; municipality?: string },
  ): Promise<string>;
}

const lambdaContext = { awsRequestId: 'test', functionName: 'varna-graphql-test' } as LambdaContext;

/**
 * A fresh table in the run's DynamoDB Local and the real Lambda handler over it, with the search indexer
 * subscribed to the table's stream as on AWS (its polling stops with the test process).
 */
export async function createTestApi(
  overrides: Record<string, string> = {},
  endpoint: string = inject('dynamoEndpoint'),
): Promise<TestApi> {
  const tableName = `varna-test-${randomUUID()}`;
  await ensureTable(endpoint, tableName);
  const dataDir = mkdtempSync(join(tmpdir(), 'varna-test-'));
  const keys = await ensureDevIssuer(dataDir);
  const environment = {
    ...(await localApiEnvironment({ endpoint, tableName, stage: 'test', dataDir })),
    VARNA_LOG_LEVEL: 'SILENT',
    ...overrides,
  };
  const config = loadConfig(environment);
  await subscribeToTableStream({
    endpoint,
    tableName,
    filters: [searchPointerStreamFilter()],
    handler: createSearchIndexerHandler(loadTableConfig(environment)),
    onError: (error) => console.error('The search indexer failed (retried on the next poll):', error),
  });
  const handler = createApiHandler(config);
  const db = createDb(createDocumentClient(config.dynamo), tableName);
  const send = async (request: Parameters<typeof apiGatewayEvent>[0]): Promise<GraphqlResponse> => {
    const result = await handler(apiGatewayEvent(request), lambdaContext);
    const raw = result.body ?? '';
    let body: GraphqlResponse['body'];
    try {
      body = JSON.parse(raw);
    } catch {
      body = {};
    }
    return { status: result.statusCode ?? 200, headers: result.headers ?? {}, raw, body };
  };
  return {
    config,
    db,
    handler,
    send,
    graphql: (query, variables, options) =>
      send({
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options?.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(options?.acceptLanguage ? { 'accept-language': options.acceptLanguage } : {}),
        },
        body: JSON.stringify({
          query,
          variables,
          ...(options?.operationName ? { operationName: options.operationName } : {}),
        }),
      }),
    async searchIndexed(tenant = config.tenant) {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const { version, built } = await searchPointerOf(db, tenant);
        if (built === version) return;
        if (Date.now() > deadline)
          throw new Error(`The search indexer has not built version ${version} within 10 s (built: ${built})`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    token: (role, sub, expiresIn, claims) =>
      signDevToken(keys, { role, sub: sub ?? `test-${role}`, ...claims, ...(expiresIn ? { expiresIn } : {}) }),
  };
}

/** The codes of a response's errors. */
export const errorCodes = (response: GraphqlResponse) =>
  (response.body.errors ?? []).map((error) => error.extensions?.code);

/** Fails loudly when a response carries anything that looks like a stack trace or internal detail. */
export function assertNoInternals(response: GraphqlResponse) {
  if (/\n\s+at |stacktrace|node_modules|\.ts:\d+/i.test(response.raw))
    throw new Error(`Response leaks internals: ${response.raw.slice(0, 500)}`);
}
