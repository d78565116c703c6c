import { createHmac, timingSafeEqual } from 'node:crypto';
import { FILE_LINK_LIFETIME_SECONDS, linkOf, type FileLinks } from './file-links.js';

/**
 * Links to the CMS's local uploads (`npm run dev`: `.data/media`, served by the local API server under
 * /files/), signed like S3's presigned URLs: the object key and the expiry under an HMAC of a key derived
 * from the API's cursor secret. Only local and test stages use them.
 */
const signingKey = (secret: string) => createHmac('sha256', secret).update('varna:local-file-links').digest();
const signatureOf = (secret: string, objectKey: string, expires: number) => createHmac('sha256', signingKey(secret)).update(`${objectKey}\n${expires}`).digest('base64url');

export function localFileLinks(options: { baseUrl: string; secret: string }): FileLinks {
  return {
    async link(file, now) {
      const expires = Math.floor(now.getTime() / 1000) + FILE_LINK_LIFETIME_SECONDS;
      const path = file.objectKey.split('/').map(encodeURIComponent).join('/');
      const url = `${options.baseUrl.replace(/\/$/, '')}/${path}?expires=${expires}&signature=${signatureOf(options.secret, file.objectKey, expires)}`;
      return linkOf(file, url, new Date(expires * 1000));
    },
  };
}

/** Whether a local file link (the object key from its path, its query) is genuine and not expired at `now`. */
export function verifyLocalFileLink(secret: string, objectKey: string, query: URLSearchParams, now: Date): boolean {
  const expires = Number(query.get('expires'));
  const given = Buffer.from(query.get('signature') ?? '');
  if (!Number.isInteger(expires) || expires * 1000 <= now.getTime()) return false;
  const expected = Buffer.from(signatureOf(secret, objectKey, expires));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
