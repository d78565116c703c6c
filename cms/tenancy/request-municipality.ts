import type { PayloadRequest } from 'payload';
import { getTenantFromCookie } from '@payloadcms/plugin-multi-tenant/utilities';
import { isRegionalAdmin } from '../access/roles.js';
import { tenantsOf } from './access.js';
import { defaultMunicipalitySlug, tenantSlugOf } from './municipality.js';

/**
 * The municipality whose data a user's municipal views show (issue 32: the moderation queue, the reports, the
 * webhooks): the one chosen in the admin's selector, if the user works there (a regional admin works everywhere);
 * else the user's own (the first of several); a user of none, the deployment's default. Never another municipality's
 * than the user's own, whatever the cookie says.
 */
export async function municipalityOfRequest(
  req: Pick<PayloadRequest, 'user'> & Partial<Pick<PayloadRequest, 'payload'>> & { headers?: Headers },
): Promise<string> {
  const { user, payload } = req;
  // A request without the CMS (a register test's bare user): the default's.
  if (!payload) return defaultMunicipalitySlug();
  const own = tenantsOf(user);
  const chosen = req.headers
    ? getTenantFromCookie(req.headers, payload.db.defaultIDType === 'number' ? 'number' : 'text')
    : null;
  const allowed = chosen !== null && user && (isRegionalAdmin(user) || own.some((id) => String(id) === String(chosen)));
  const id = allowed ? chosen : own[0];
  return (id !== undefined && id !== null ? await tenantSlugOf(payload, id) : undefined) ?? defaultMunicipalitySlug();
}
