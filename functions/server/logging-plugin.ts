import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@aws-lambda-powertools/logger';
import { formatError } from './format-error.js';
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
            // A refusal of the contract (a domain error, a query limit), or a request GraphQL cannot run (no query, a
            // syntax error): the client's mistake, logged with the operation. Only what is answered as internal, or as a
            // dependency unavailable (an outage the operators must hear of), is an error here.
            const code = formatError(error.toJSON(), error).extensions?.code;
            if (code !== 'INTERNAL_SERVER_ERROR' && code !== 'SERVICE_UNAVAILABLE') continue;
            const cause = error.originalError ?? error;
            logger.error('Unexpected error while answering a request', {
              operationName,
              errorName: cause.name,
              errorMessage: cause.message,
              path: error.path,
            });
          }
        },
        async willSendResponse({ response, errors }) {
          logger.info('GraphQL operation', {
            operationName,
            durationMs: Math.round(performance.now() - started),
            status: response.http.status ?? 200,
            // The codes the client was answered (format-error.ts), not GraphQL's or Apollo's own.
            errorCodes: errors?.map((error) => formatError(error.toJSON(), error).extensions?.code ?? 'UNKNOWN') ?? [],
          });
        },
      };
    },
  };
}
