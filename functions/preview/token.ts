import type { Said } from '../domain/said.js';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { locales, type LocaleCode } from '../domain/locale.js';
import { unauthenticated } from '../domain/errors.js';
import { CLOCK_TOLERANCE_SECONDS } from '../auth/clock-tolerance.js';

/**
 * Draft preview links (see README, "Draft previews"). The CMS mints a short-lived token for one draft of
 * one document in one locale; a frontend sends it back in this header, and the API serves that draft, and
 * nothing else, to whoever holds it. Signed with a secret the CMS and the API share (the `PreviewSecret`
 * link): an HMAC, because both ends are ours and nobody else needs to verify it.
 */
export const PREVIEW_HEADER = 'x-varna-preview';

/** How long a preview link works: long enough to look a draft over, short enough that a forwarded link dies soon. */
export const PREVIEW_LIFETIME_SECONDS = 60 * 60;

const ISSUER = 'urn:varna:cms-preview';
const AUDIENCE = 'urn:varna:api-preview';

/** What a preview token names: one draft version of one document, in one locale. */
export interface PreviewGrant {
  /** The content type (`supportResource`, `page`, …). */
  type: string;
  /** The document's key (its slug, or a training's id), as the frontend asks for it. */
  key: string;
  /** The CMS document's id: the preview copy is stored by it. */
  documentId: string;
  locale: LocaleCode;
  /** The draft's version (its updatedAt in ms): a newer draft or a publish retires the link. */
  version: number;
  /** When the link stops working (seconds since the epoch). */
  expiresAt: number;
}

const encoder = new TextEncoder();
const keyOf = (secret: string) => encoder.encode(secret);

export async function mintPreviewToken(secret: string, grant: PreviewGrant): Promise<string> {
  return new SignJWT({ typ: grant.type, key: grant.key, doc: grant.documentId, loc: grant.locale, ver: grant.version })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(grant.expiresAt)
    .sign(keyOf(secret));
}

/** A refused preview token: UNAUTHENTICATED with HTTP 401, as a bearer token that fails verification. */
const refused = (message: Said) => unauthenticated(message, { httpStatus: 401 });

const isLocale = (value: unknown): value is LocaleCode =>
  typeof value === 'string' && (locales as readonly string[]).includes(value);

/**
 * The grant of a preview header, or null when the request has none. A header that is there but not a
 * valid token (forged, expired, malformed, or sent where previews are not configured) is refused, never
 * ignored: a frontend must be able to tell the editor that the link no longer works.
 */
export async function verifyPreviewToken(
  secret: string | undefined,
  header: string | undefined,
): Promise<PreviewGrant | null> {
  if (header === undefined || header.trim() === '') return null;
  if (!secret)
    throw refused({
      sv: 'Förhandsvisning av utkast är inte inställd i detta API.',
      en: 'Draft previews are not configured on this API.',
    });
  try {
    const { payload } = await jwtVerify(header.trim(), keyOf(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
      requiredClaims: ['exp'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    });
    const { typ, key, doc, loc, ver, exp } = payload;
    if (
      typeof typ !== 'string' ||
      typeof key !== 'string' ||
      typeof doc !== 'string' ||
      !isLocale(loc) ||
      typeof ver !== 'number' ||
      typeof exp !== 'number'
    )
      throw refused({ sv: 'Länken till förhandsvisningen är inte giltig.', en: 'The preview link is not valid.' });
    return { type: typ, key, documentId: doc, locale: loc, version: ver, expiresAt: exp };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired)
      throw refused({
        sv: 'Länken till förhandsvisningen har gått ut: öppna en ny förhandsvisning från CMS:et.',
        en: 'The preview link has expired: open a new preview from the CMS.',
      });
    if (error instanceof joseErrors.JOSEError)
      throw refused({ sv: 'Länken till förhandsvisningen är inte giltig.', en: 'The preview link is not valid.' });
    throw error;
  }
}
