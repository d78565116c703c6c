import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import type { ValidationRule } from 'graphql';
import { queryTooComplex } from './errors.js';
import { maxListReadsRule } from './list-reads-rule.js';

/**
 * Query limits from GraphQL Armor. The contract's deepest and costliest operation (MyAssociation) is
 * 6 levels deep and costs about 3000 (Armor weighs depth exponentially); the others cost under 100.
 * The test suite checks that every contract operation stays within all of the limits.
 */
export const queryLimits = {
  maxDepth: 8,
  maxAliases: 10,
  maxCost: 10_000,
  /** DynamoDB Queries the top-level lists may make (a filtered list up to 3): four filtered lists, or twelve plain ones. */
  maxListReads: 12,
  /** Checked by graphql-js's parser itself, before any validation runs. */
  maxTokens: 1500,
} as const;

/** Reports a rejection as a validation error with the contract's code, instead of Armor's throw. */
const asQueryTooComplex: GraphQLArmorRejectCallback = (context, error) =>
  context?.reportError(queryTooComplex(error.message.replace(/^Syntax Error: /, '')));

const rejection = { exposeLimits: true, propagateOnRejection: false, onReject: [asQueryTooComplex] };

export const queryLimitRules: ValidationRule[] = [
  maxDepthRule({ n: queryLimits.maxDepth, ...rejection }),
  maxAliasesRule({ n: queryLimits.maxAliases, ...rejection }),
  costLimitRule({ maxCost: queryLimits.maxCost, ...rejection }),
  maxListReadsRule(queryLimits.maxListReads),
];
