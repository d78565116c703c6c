import type { Config } from '../config.js';
import { routedFunction, type RoutedFunction } from '../handlers/triggers.js';
import { createFeedsHandler } from './feeds.js';
import { createGraphqlHandler, type ApiHandler } from './lambda.js';

/**
 * The whole API as API Gateway routes it (stacks/api.ts): the feeds to their function, the rest to the
 * GraphQL function. `npm run dev`, the tests and the bench serve this; on AWS each half is a Lambda.
 */
export function createApiHandler(config: Config): ApiHandler {
  const graphql = createGraphqlHandler(config);
  const feeds = createFeedsHandler(config);
  return routedAsDeployed({ graphql, feeds });
}

/**
 * Each request to the function API Gateway routes it to (the routes of functions/handlers/triggers.ts), and
 * API Gateway's own 404 for one that no route matches (a POST to a calendar, a path beside the API).
 */
export const routedAsDeployed =
  (functions: Record<RoutedFunction, ApiHandler>): ApiHandler =>
  async (event, context) => {
    const routed = routedFunction(event.requestContext.http.method, event.rawPath);
    if (!routed)
      return { statusCode: 404, headers: { 'content-type': 'application/json' }, body: '{"message":"Not Found"}' };
    return functions[routed](event, context);
  };
