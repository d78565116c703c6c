import { locales, type LocaleCode } from '../../domain/locale.js';

/** Attribute shapes shared by the entities. */

/** Text in every locale the CMS offers (domain/locale.ts, as the documents' rules); Swedish is the fallback. */
export const localizedText = {
  type: 'map',
  properties: Object.fromEntries(locales.map((locale) => [locale, { type: 'string' }])) as Record<
    LocaleCode,
    { readonly type: 'string' }
  >,
} as const;

export const scopeAttribute = { type: ['public', 'staff'], required: true } as const;
export const visibilityAttribute = { type: ['PUBLIC', 'INTERNAL'], required: true } as const;
export const stringList = { type: 'list', items: { type: 'string' } } as const;

export const location = {
  type: 'map',
  properties: { name: { type: 'string', required: true }, address: { type: 'string' } },
} as const;

/** Editorial documents carry the CMS revision they were published from (see read-model/publish.ts). */
export const editorialAttributes = {
  tenant: { type: 'string', required: true },
  scope: scopeAttribute,
  key: { type: 'string', required: true },
  revision: { type: 'number', required: true },
  visibility: visibilityAttribute,
  updatedAt: { type: 'string', required: true },
  /** Sort key within the list index, computed at publish time (see domain/sort-key.ts). */
  listOrder: { type: 'string', required: true },
  /** A copy of the national tenant's document in a municipality's partition (functions/read-model/national.ts). */
  national: { type: 'boolean' },
} as const;

/** Primary key of editorial documents: one item per tenant, scope and key. */
export const editorialPrimaryIndex = {
  pk: { field: 'pk', composite: ['tenant', 'scope', 'key'] },
  sk: { field: 'sk', composite: [] },
} as const;

/** The list of one editorial type within a scope, in list order. */
export const editorialListIndex = {
  index: 'gsi1',
  pk: { field: 'gsi1pk', composite: ['tenant', 'scope'] },
  sk: { field: 'gsi1sk', composite: ['listOrder'] },
} as const;

/** Reference data everyone reads alike (districts, departments): no scope, a name, listed by name. */
export const referenceAttributes = {
  tenant: { type: 'string', required: true },
  key: { type: 'string', required: true },
  revision: { type: 'number', required: true },
  name: { ...localizedText, required: true },
  listOrder: { type: 'string', required: true },
  updatedAt: { type: 'string', required: true },
} as const;

/** One item per tenant and slug. */
export const referencePrimaryIndex = {
  pk: { field: 'pk', composite: ['tenant', 'key'] },
  sk: { field: 'sk', composite: [] },
} as const;

/** Every item of the tenant, by name. */
export const referenceListIndex = {
  index: 'gsi1',
  pk: { field: 'gsi1pk', composite: ['tenant'] },
  sk: { field: 'gsi1sk', composite: ['listOrder'] },
} as const;

/**
 * An outbox message's delivery state (the register's e-mail, the frontends' webhooks): a sender claims it
 * (PENDING → SENDING, until `claimedUntil`) before each attempt; a failed attempt returns it to PENDING
 * with a later `nextAttemptAt` until the attempts run out (FAILED); SENT once delivered.
 */
export const outboxAttributes = {
  status: { type: ['PENDING', 'SENDING', 'SENT', 'FAILED'], required: true },
  attempts: { type: 'number', required: true },
  /** When a PENDING message is due (ISO 8601): at once when written, later after a failure. */
  nextAttemptAt: { type: 'string', required: true },
  /** The sender holding a SENDING message, and until when. */
  claimedBy: { type: 'string' },
  claimedUntil: { type: 'string' },
  sentAt: { type: 'string' },
  lastError: { type: 'string' },
  createdAt: { type: 'string', required: true },
  /** DynamoDB TTL (seconds since the epoch). */
  expiresAt: { type: 'number' },
} as const;

/** An outbox's messages by id (the stream's key, a claim, a mark), and of one status by due time (the sweep: PENDING ones due, SENDING ones lapsed). */
export const outboxIndexes = {
  byId: { pk: { field: 'pk', composite: ['tenant', 'id'] }, sk: { field: 'sk', composite: [] } },
  byStatus: {
    index: 'gsi1',
    pk: { field: 'gsi1pk', composite: ['tenant', 'status'] },
    sk: { field: 'gsi1sk', composite: ['nextAttemptAt', 'id'] },
  },
} as const;
