import type { Config } from 'payload';
import { cmsSettings } from '../settings.js';

/** No page has this origin (RFC 6761's `.invalid`): a csrf list of it alone accepts the cookie from nowhere. */
const NO_ORIGIN = 'https://cms-address-not-set.invalid';

/**
 * Where Payload accepts its session cookie from. With a `csrf` list, a request carrying the cookie counts
 * as signed in only when its Origin is listed (or, without an Origin, when the browser says it is
 * same-site); `serverURL` is listed too. Deployed, that is the CMS's public address alone
 * (VARNA_CMS_URL, which the stacks set), so a page elsewhere cannot act with an editor's cookie.
 * A deployed CMS without its address accepts the cookie from no origin rather than from every one.
 * Locally (`npm run dev`, the tests, on any port and host name) the list stays empty, Payload's default:
 * the SameSite cookie (auth/session-cookie.ts) keeps other sites' requests out there.
 */
export function requestOrigins(): Pick<Config, 'csrf' | 'serverURL'> {
  if (cmsSettings.isLocal()) return { csrf: [] };
  const serverURL = cmsSettings.serverUrl();
  return serverURL ? { serverURL, csrf: [serverURL] } : { csrf: [NO_ORIGIN] };
}
