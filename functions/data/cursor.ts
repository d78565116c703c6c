import { createHmac, timingSafeEqual } from 'node:crypto';
import { badUserInput } from '../domain/errors.js';

/**
 * Opaque, signed page cursors: `<position>.<signature>`, where the position is ElectroDB's cursor of an
 * item in the list's index and the signature is an HMAC over the list's fingerprint (type, scope,
 * filter) and the position. A tampered cursor, or one taken from another list, fails the check before
 * its keys reach DynamoDB.
 */
const sign = (secret: string, list: string, position: string) =>
  createHmac('sha256', secret).update(list).update('\u0000').update(position).digest('base64url');

export function encodeCursor(secret: string, list: string, position: string): string {
  return `${position}.${sign(secret, list, position)}`;
}

/** The position in `cursor`; BAD_USER_INPUT on `field` when it is malformed, tampered or from another list. */
export function decodeCursor(secret: string, cursor: string, list: string, field = 'after'): string {
  const separator = cursor.lastIndexOf('.');
  const position = cursor.slice(0, separator);
  const given = Buffer.from(cursor.slice(separator + 1));
  const expected = Buffer.from(sign(secret, list, position));
  if (separator <= 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw badUserInput(field, {
      sv: `${field} är ingen giltig markör för denna lista.`,
      en: `${field} is not a valid cursor for this list.`,
    });
  }
  return position;
}
