import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';

/**
 * A staff member's personal calendar token: the feed URL's secret, stored only as its SHA-256 hash (the
 * secret is random, 256 bits, so a plain hash is enough to make a leaked table useless for reading feeds).
 * Revoking deletes the item, and the feed answers 404 from then on. A token lives a limited time after
 * its owner last showed themselves as staff (functions/calendar/tokens.ts); DynamoDB's TTL then removes it.
 */
export const calendarTokenSchema = {
  model: { entity: 'calendarToken', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    /** base64url SHA-256 of the secret. */
    secretHash: { type: 'string', required: true },
    /** The identifier shown to the person (not the secret): what revoking names. */
    id: { type: 'string', required: true },
    subject: { type: 'string', required: true },
    createdAt: { type: 'string', required: true },
    lastUsedAt: { type: 'string' },
    /** When the owner, signed in as staff, last created or listed their links: what keeps a link alive. */
    confirmedAt: { type: 'string' },
    /** Epoch seconds after which the feed refuses the link; the table's TTL attribute, so DynamoDB removes it too. */
    expiresAt: { type: 'number' },
  },
  indexes: {
    // staff feed: the token behind a URL (GetItem by the secret's hash)
    bySecret: { pk: { field: 'pk', composite: ['tenant', 'secretHash'] }, sk: { field: 'sk', composite: [] } },
    // calendarTokens, revokeCalendarToken: one person's tokens by creation
    byOwner: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['tenant', 'subject'] },
      sk: { field: 'gsi1sk', composite: ['createdAt', 'id'] },
    },
  },
} as const;

export const createCalendarTokenEntity = (config: EntityConfiguration) => new Entity(calendarTokenSchema, config);
export type CalendarTokenItem = EntityItem<ReturnType<typeof createCalendarTokenEntity>>;
