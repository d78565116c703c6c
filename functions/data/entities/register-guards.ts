import { Entity, type EntityConfiguration } from 'electrodb';

/**
 * Items that guard the register's writes. They are written in the same transaction as the record they
 * guard, with a condition, so that a crash half-way leaves nothing and a race leaves one winner.
 */

/** A value that may exist once per tenant: an organisation number, or the account that registered. */
export const uniqueValueSchema = {
  model: { entity: 'uniqueValue', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    kind: { type: ['organisationNumber', 'account'], required: true },
    value: { type: 'string', required: true },
    associationId: { type: 'string', required: true },
  },
  indexes: {
    // registerAssociation: the organisation number / account is free (conditional put)
    byValue: { pk: { field: 'pk', composite: ['tenant', 'kind', 'value'] }, sk: { field: 'sk', composite: [] } },
  },
} as const;

/** A create request an account made with an idempotency key, and what it created; expires by TTL. */
export const idempotencyRecordSchema = {
  model: { entity: 'idempotencyRecord', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    accountId: { type: 'string', required: true },
    operation: { type: ['registerAssociation', 'submitActivity', 'registerForTraining'], required: true },
    key: { type: 'string', required: true },
    resultId: { type: 'string', required: true },
    /** Epoch seconds: DynamoDB's TTL removes the record after this. */
    expiresAt: { type: 'number', required: true },
  },
  indexes: {
    // every create: a retry with the same key finds the first result
    byKey: {
      pk: { field: 'pk', composite: ['tenant', 'accountId', 'operation', 'key'] },
      sk: { field: 'sk', composite: [] },
    },
  },
} as const;

/** Creates an account made in one window of time; expires by TTL after the window. */
export const rateCounterSchema = {
  model: { entity: 'rateCounter', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    accountId: { type: 'string', required: true },
    window: { type: 'string', required: true },
    count: { type: 'number' },
    expiresAt: { type: 'number' },
  },
  indexes: {
    // every create: the account's count in the current window (conditional increment)
    byWindow: { pk: { field: 'pk', composite: ['tenant', 'accountId', 'window'] }, sk: { field: 'sk', composite: [] } },
  },
} as const;

export const createUniqueValueEntity = (config: EntityConfiguration) => new Entity(uniqueValueSchema, config);
export const createIdempotencyRecordEntity = (config: EntityConfiguration) =>
  new Entity(idempotencyRecordSchema, config);
export const createRateCounterEntity = (config: EntityConfiguration) => new Entity(rateCounterSchema, config);
