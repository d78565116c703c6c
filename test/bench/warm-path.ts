import { graphql } from 'graphql';
import { createTokenVerifier } from '../../functions/auth/tokens.js';
import type { Config } from '../../functions/config.js';
import { createDb, createDocumentClient } from '../../functions/data/db.js';
import { createExecutableSchema } from '../../functions/graphql/schema.js';
import { apiGatewayEvent, lambdaContext } from '../../functions/local/api-gateway-event.js';
import { createContext } from '../../functions/server/context.js';
import type { ApiHandler } from '../../functions/server/lambda.js';

export interface WarmRead {
  name: string;
  source: string;
  variables: Record<string, unknown>;
  token: string | undefined;
}

export interface WarmFigures {
  name: string;
  handler: { p50: number; p99: number };
  plain: { p50: number; p99: number };
  /** The handler's median over plain graphql-js's. */
  ratio: number;
}

const percentile = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))]!;

/**
 * Each read, warm, through the whole Lambda handler (the API Gateway event, the token's verification,
 * Apollo Server with the query limits, the logging, the HTTP caching) against the same read executed by
 * plain graphql-js (`graphql()`: parse, validate, execute, for every request) on the same schema, resolvers
 * and data layer over the same DynamoDB Local: the difference is what the handler adds. The two alternate,
 * so both see the same machine and the same DynamoDB Local.
 */
export async function measureWarmPath(options: {
  config: Config;
  handler: ApiHandler;
  reads: WarmRead[];
  runs: number;
  warmUp: number;
}): Promise<WarmFigures[]> {
  const schema = createExecutableSchema();
  const db = createDb(createDocumentClient(options.config.dynamo), options.config.dynamo.tableName);
  const verify = createTokenVerifier(options.config);
  const figures: WarmFigures[] = [];
  for (const read of options.reads) {
    const viewer = await verify(read.token ? `Bearer ${read.token}` : undefined);
    const event = apiGatewayEvent({
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(read.token ? { authorization: `Bearer ${read.token}` } : {}) },
      body: JSON.stringify({ query: read.source, variables: read.variables }),
    });
    const throughHandler = async () => {
      const started = performance.now();
      const result = await options.handler(event, lambdaContext('bench'));
      const elapsed = performance.now() - started;
      if (result.statusCode !== 200 || (JSON.parse(result.body ?? '{}') as { errors?: unknown }).errors)
        throw new Error(`${read.name} failed: ${result.body}`);
      return elapsed;
    };
    const throughPlainGraphql = async () => {
      const started = performance.now();
      const result = await graphql({
        schema,
        source: read.source,
        variableValues: read.variables,
        contextValue: createContext({
          viewer,
          tenant: options.config.tenant,
          db,
          cursorSecret: options.config.cursorSecret,
        }),
      });
      const body = JSON.stringify(result);
      const elapsed = performance.now() - started;
      if (result.errors) throw new Error(`${read.name} failed in plain graphql-js: ${body}`);
      return elapsed;
    };
    for (let run = 0; run < options.warmUp; run++) {
      await throughHandler();
      await throughPlainGraphql();
    }
    const handlerMs: number[] = [];
    const plainMs: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      handlerMs.push(await throughHandler());
      plainMs.push(await throughPlainGraphql());
    }
    const handler = { p50: percentile(handlerMs, 0.5), p99: percentile(handlerMs, 0.99) };
    const plain = { p50: percentile(plainMs, 0.5), p99: percentile(plainMs, 0.99) };
    figures.push({ name: read.name, handler, plain, ratio: handler.p50 / plain.p50 });
  }
  return figures;
}
