import { createHmac, timingSafeEqual } from 'node:crypto';
import { FILE_LINK_LIFETIME_SECONDS, linkOf, type FileLinks } from './file-links.js';

/**
 * Links to the CMS's local uploads (`npm run dev`: `.data/media`, served by the local API server under
 * /files/), signed like S3's presigned URLs: the object key and the expiry under an HMAC of a key derived
 * from the API's cursor secret. Only local and test stages use them.
 */
/** Signs an object key with its expiry under a key derived once from the secret. */
function signer(secret: string) {
  const key = createHmac('sha256', secret).update('varna:local-file-links').digest();
  return (objectKey: string, expires: number) =>
    createHmac('sha256', key).update(`${objectKey}\n${expires}`).digest('base64url');
}

export function localFileLinks(options: { baseUrl: string; secret: string }): FileLinks {
  const signatureOf = signer(options.secret);
  const baseUrl = options.baseUrl.replace(/\/$/, '');
  return {
    async link(file, now) {
      const expires = Math.floor(now.getTime() / 1000) + FILE_LINK_LIFETIME_SECONDS;
      const path = file.objectKey.split('/').map(encodeURIComponent).join('/');
      return linkOf(
        file,
        `${baseUrl}/${path}?expires=${expires}&signature=${signatureOf(file.objectKey, expires)}`,
        new Date(expires * 1000),
      );
    },
  };
}

/** Checks local file links: genuine (the object key from the path, its query) and not expired at `now`. */
export function localFileLinkVerifier(
  secret: string,
): (objectKey: string, query: URLSearchParams, now: Date) => boolean {
  const signatureOf = signer(secret);
  return (objectKey, query, now) => {
    const expires = Number(query.get('expires'));
    const given = Buffer.from(query.get('signature') ?? '');
    if (!Number.isInteger(expires) || expires * 1000 <= now.getTime()) return false;
    const expected = Buffer.from(signatureOf(objectKey, expires));
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
}
