import { Logger } from '@aws-lambda-powertools/logger';
import type { Config } from '../config.js';

/**
 * Structured JSON logs (Powertools for AWS Lambda). Callers log operation names, codes and timings only:
 * never headers, tokens, variables or anything an association or contact person typed in.
 */
export function createLogger(config: Pick<Config, 'logLevel' | 'stage'>, serviceName = 'varna-api'): Logger {
  return new Logger({ serviceName, logLevel: config.logLevel, persistentKeys: { stage: config.stage } });
}
