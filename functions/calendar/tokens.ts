import { createHash, randomBytes } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Db } from '../data/db.js';
import type { CalendarTokenItem } from '../data/entities/calendar-token.js';
import { conflict, notFound } from '../domain/errors.js';

/** A person subscribes from a few devices; more tokens than this is a sign of copying them around. */
export const MAX_TOKENS_PER_PERSON = 10;
/** The last use is written at most this often, so that a calendar app polling every few minutes costs one read. */
const LAST_USE_EVERY_MS = 60 * 60 * 1000;
/**
 * A link works this long after its owner last created or listed their links signed in as staff. The feed
 * cannot ask the identity provider whether someone is still staff; a person who left can no longer sign
 * in, so their links end at the latest this long after their last day.
 */
export const CALENDAR_LINK_DAYS = 90;
/** A confirmation is written at most once a day per link. */
const CONFIRM_EVERY_MS = 24 * 60 * 60 * 1000;

const expiryAfter = (confirmedAt: Date) => Math.floor(confirmedAt.getTime() / 1000) + CALENDAR_LINK_DAYS * 24 * 60 * 60;

/**
 * Links created before links expired carry no expiry: they get the same 90 days from the release that
 * introduced expiry (so no subscription dies at the deploy), unless their owner renews them before.
 */
const EXPIRY_INTRODUCED = new Date('2026-12-07T00:00:00Z');

/** When the link stops working (epoch seconds). */
export const expiryOf = (token: Pick<CalendarTokenItem, 'expiresAt' | 'createdAt'>) =>
  token.expiresAt ?? expiryAfter(new Date(Math.max(Date.parse(token.createdAt), EXPIRY_INTRODUCED.getTime())));

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('base64url');
/** What a feed URL may hold: the 43 characters of a base64url 256-bit secret. */
const isPossibleSecret = (secret: string) => /^[A-Za-z0-9_-]{43}$/.test(secret);

interface TokenScope {
  db: Db;
  tenant: string;
}

// calendarTokens: one person's tokens, oldest first (gsi1)
export async function tokensOf({ db, tenant }: TokenScope, subject: string): Promise<CalendarTokenItem[]> {
  const { data } = await db.entities.calendarToken.query.byOwner({ tenant, subject }).go({ pages: 'all' });
  return data;
}

// createCalendarToken: a new random secret, stored as its hash; the secret itself is answered once
export async function createCalendarToken(
  scope: TokenScope,
  subject: string,
  now: Date,
): Promise<{ token: CalendarTokenItem; secret: string }> {
  if ((await tokensOf(scope, subject)).length >= MAX_TOKENS_PER_PERSON)
    throw conflict({
      sv: `Du har redan ${MAX_TOKENS_PER_PERSON} kalenderlänkar; återkalla först en som du inte längre använder.`,
      en: `You have ${MAX_TOKENS_PER_PERSON} calendar links already; revoke one you no longer use first.`,
    });
  const secret = randomBytes(32).toString('base64url');
  const token = {
    tenant: scope.tenant,
    secretHash: hashOf(secret),
    id: randomBytes(9).toString('base64url'),
    subject,
    createdAt: now.toISOString(),
    confirmedAt: now.toISOString(),
    expiresAt: expiryAfter(now),
  };
  await scope.db.entities.calendarToken.create(token).go({ response: 'none' });
  return { token, secret };
}

// viewer.calendarTokens: the owner, signed in as staff, keeps their links alive (a conditional write per link, at most daily)
export async function confirmCalendarTokens(
  scope: TokenScope,
  subject: string,
  now: Date,
): Promise<CalendarTokenItem[]> {
  const dueBefore = new Date(now.getTime() - CONFIRM_EVERY_MS).toISOString();
  const confirmed = { confirmedAt: now.toISOString(), expiresAt: expiryAfter(now) };
  const tokens = await tokensOf(scope, subject);
  return Promise.all(
    tokens.map(async (token) => {
      if (token.confirmedAt && token.confirmedAt >= dueBefore) return token;
      if (expiryOf(token) <= now.getTime() / 1000) return token;
      try {
        // Conditional: a link revoked (or expired) meanwhile is not brought back.
        await scope.db.entities.calendarToken
          .patch({ tenant: scope.tenant, secretHash: token.secretHash })
          .set(confirmed)
          .where(
            (attribute, op) => `${op.notExists(attribute.confirmedAt)} OR ${op.lt(attribute.confirmedAt, dueBefore)}`,
          )
          .go({ response: 'none', originalErr: true });
        return { ...token, ...confirmed };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        return token;
      }
    }),
  );
}

// revokeCalendarToken: the person's token with that id is deleted (another person's is NOT_FOUND)
export async function revokeCalendarToken(scope: TokenScope, subject: string, id: string): Promise<CalendarTokenItem> {
  const token = (await tokensOf(scope, subject)).find((candidate) => candidate.id === id);
  if (!token)
    throw notFound({ sv: 'Du har ingen kalenderlänk med det id:t.', en: 'You have no calendar link with that id.' });
  await scope.db.entities.calendarToken
    .delete({ tenant: scope.tenant, secretHash: token.secretHash })
    .go({ response: 'none' });
  return token;
}

// staff feed: the token behind a URL's secret (GetItem), its last use noted at most once an hour; null when unknown, revoked or expired
export async function tokenOfSecret(
  { db, tenant }: TokenScope,
  secret: string,
  now: Date,
): Promise<CalendarTokenItem | null> {
  if (!isPossibleSecret(secret)) return null;
  const { data: token } = await db.entities.calendarToken.get({ tenant, secretHash: hashOf(secret) }).go();
  // DynamoDB's TTL removes an expired link within days, not at once: the expiry itself is checked here.
  if (!token || expiryOf(token) <= now.getTime() / 1000) return null;
  const staleBefore = new Date(now.getTime() - LAST_USE_EVERY_MS).toISOString();
  if (!token.lastUsedAt || token.lastUsedAt < staleBefore) {
    try {
      // Conditional: a token revoked meanwhile is not written back, and two feed reads write once.
      await db.entities.calendarToken
        .patch({ tenant, secretHash: token.secretHash })
        .set({ lastUsedAt: now.toISOString() })
        .where(
          (attribute, op) => `${op.notExists(attribute.lastUsedAt)} OR ${op.lt(attribute.lastUsedAt, staleBefore)}`,
        )
        .go({ response: 'none', originalErr: true });
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
  return token;
}

// staff:erase: every token of the person
export async function eraseCalendarTokens(scope: TokenScope, subject: string): Promise<number> {
  const tokens = await tokensOf(scope, subject);
  for (const token of tokens)
    await scope.db.entities.calendarToken
      .delete({ tenant: scope.tenant, secretHash: token.secretHash })
      .go({ response: 'none' });
  return tokens.length;
}
