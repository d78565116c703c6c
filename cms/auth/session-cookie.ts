import type { IncomingAuthType } from 'payload';
import { cmsSettings } from '../settings.js';

/**
 * The admin's session cookie. Deployed, the CMS is served over HTTPS only (CloudFront), so the cookie is
 * never sent in clear; locally (`npm run dev`, the tests) the admin is plain http://127.0.0.1. SameSite=Lax
 * keeps it off other sites' requests; Strict would also drop it when an editor follows a link to the admin
 * from elsewhere (the CMS's own mail, a colleague's message) and show the login page instead.
 */
export const sessionCookie = (): NonNullable<IncomingAuthType['cookies']> => ({
  secure: !cmsSettings.isLocal(),
  sameSite: 'Lax',
});
