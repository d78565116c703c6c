import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Config } from '../config.js';
import { createExecutableSchema } from '../graphql/schema.js';
import type { Context } from './context.js';
import { formatError } from './format-error.js';
import { queryLimitRules, queryLimits } from './limits.js';
import { loggingPlugin } from './logging-plugin.js';
import { serviceUnavailablePlugin } from './unavailable.js';

/** The one Apollo Server of Värna: the Lambda handler and `npm run dev` both serve this. */
export function createApolloServer(config: Pick<Config, 'introspection'>, logger: Logger): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema: createExecutableSchema(),
    introspection: config.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !config.introspection,
    persistedQueries: false,
    parseOptions: { maxTokens: queryLimits.maxTokens },
    validationRules: queryLimitRules,
    formatError,
    plugins: [
      loggingPlugin(logger),
      serviceUnavailablePlugin(),
      // Nothing goes to Apollo's cloud (GraphOS) and Värna is no federated subgraph: switching these off
      // keeps their protobuf code from loading at every cold start (the Lambda build leaves it out).
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // Värna sets Cache-Control itself (http-cache.ts) and its schema has no @cacheControl hints: Apollo's
      // plugin would only watch every field's resolution for hints that never come.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.introspection ? [] : [ApolloServerPluginLandingPageDisabled()]),
    ],
  });
}
