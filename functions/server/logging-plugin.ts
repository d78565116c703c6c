import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@aws-lambda-powertools/logger';
import { contractErrorCodes } from './errors.js';
import type { Context } from './context.js';

/** One log line per operation: its name, duration and error codes; internal faults with their cause. */
export function loggingPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      let operationName: string | null = null;
      return {
        async didResolveOperation({ operationName: name }) {
          operationName = name ?? null;
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = String(error.extensions?.code ?? '');
            if (contractErrorCodes.has(code) || error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' || error.extensions?.code === 'GRAPHQL_PARSE_FAILED') continue;
            const cause = error.originalError ?? error;
            logger.error('Unexpected error while answering a request', { operationName, errorName: cause.name, errorMessage: cause.message, path: error.path });
          }
        },
        async willSendResponse({ response, errors }) {
          logger.info('GraphQL operation', {
            operationName,
            durationMs: Math.round(performance.now() - started),
            status: response.http.status ?? 200,
            errorCodes: errors?.map((error) => error.extensions?.code ?? 'UNKNOWN') ?? [],
          });
        },
      };
    },
  };
}
