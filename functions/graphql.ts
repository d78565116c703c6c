import { loadConfig } from './config.js';
import { createGraphqlHandler } from './server/lambda.js';

/** Lambda entry point: configuration is read and checked once, when the instance starts. */
export const handler = createGraphqlHandler(loadConfig());
