import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLError, ValidationRule } from 'graphql';
import { queryTooComplex } from './errors.js';

/**
 * Query limits from GraphQL Armor, reported with the contract's QUERY_TOO_COMPLEX code. The contract's
 * deepest operation (MyAssociation) is 6 levels deep and its widest stays far below the cost limit.
 */
export const queryLimits = {
  maxDepth: 8,
  maxAliases: 10,
  maxCost: 3000,
  /** Checked by graphql-js's parser itself, before any validation runs. */
  maxTokens: 1500,
} as const;

/** Lets a rule report through the context while giving its errors the contract's code. */
function reportedAsQueryTooComplex(rule: ValidationRule): ValidationRule {
  return (context) =>
    rule(
      new Proxy(context, {
        get(target, property) {
          if (property === 'reportError') return (error: GraphQLError) => target.reportError(queryTooComplex(error.message));
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }),
    );
}

export const queryLimitRules: ValidationRule[] = [
  maxDepthRule({ n: queryLimits.maxDepth, exposeLimits: true }),
  maxAliasesRule({ n: queryLimits.maxAliases, exposeLimits: true }),
  costLimitRule({ maxCost: queryLimits.maxCost, exposeLimits: true }),
].map(reportedAsQueryTooComplex);
