import type { Config } from '../config.js';
import { createFeedsHandler, isFeedPath } from './feeds.js';
import { createGraphqlHandler, type ApiHandler } from './lambda.js';

/**
 * The whole API as API Gateway routes it (stacks/api.ts): the feeds to their function, the rest to the
 * GraphQL function. `npm run dev`, the tests and the bench serve this; on AWS each half is a Lambda.
 */
export function createApiHandler(config: Config): ApiHandler {
  const graphql = createGraphqlHandler(config);
  const feeds = createFeedsHandler(config);
  return (event, context) => (isFeedPath(event.rawPath) ? feeds(event, context) : graphql(event, context));
}
