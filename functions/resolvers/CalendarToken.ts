import { expiryOf } from '../calendar/tokens.js';
import type { CalendarTokenResolvers } from '../graphql/types.generated.js';

export const CalendarToken: CalendarTokenResolvers = {
  // expiresAt: stored as epoch seconds (the table's TTL attribute)
  expiresAt: (token) => new Date(expiryOf(token) * 1000).toISOString(),
};
