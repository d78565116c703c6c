import type { FieldAccess, PayloadRequest } from 'payload';
import { getTenantFromCookie, getUserTenantIDs } from '@payloadcms/plugin-multi-tenant/utilities';
import { isRegionalAdmin } from '../access/roles.js';
import { defaultMunicipality } from './municipality.js';

/** The municipalities a signed-in user works in (their `tenants` rows), as ids. */
export const tenantsOf = (user: PayloadRequest['user']): (number | string)[] =>
  user ? getUserTenantIDs(user as never) : [];

/**
 * A new document's municipality: the one chosen in the admin's selector (if the user works there), else the user's
 * only one; a userless Local API write (tests, the CLI, seeds) belongs to the deployment's default municipality. A user
 * of several municipalities without a choice gets none, and the tenant field's validation asks them to choose.
 */
export async function tenantDefault({ req }: { req: PayloadRequest }): Promise<number | string | null> {
  const { user, payload } = req;
  const own = tenantsOf(user);
  const chosen = getTenantFromCookie(req.headers, payload.db.defaultIDType === 'number' ? 'number' : 'text');
  if (chosen !== null && user && (isRegionalAdmin(user) || own.some((id) => String(id) === String(chosen))))
    return chosen;
  if (user) return own.length === 1 ? own[0]! : null;
  return (await defaultMunicipality(payload, req))?.id ?? null;
}

/**
 * The tenant field: set on create by a user of the CMS (the plugin's rule), changed afterwards by a regional admin only:
 * a change moves the document to another municipality's website (payload#13081).
 */
export const tenantFieldAccess = {
  create: (({ req }) => Boolean(req.user && req.user.collection === 'users')) satisfies FieldAccess,
  update: (({ req }) => isRegionalAdmin(req.user)) satisfies FieldAccess,
};

/** Only a regional admin assigns municipalities to users (a municipal admin's new users get the admin's own). */
export const isRegionalAdminField: FieldAccess = ({ req }) => isRegionalAdmin(req.user);

/** A new user's municipalities: their creator's (a municipal admin's), or the default one for a userless create. */
export async function creatorsTenants({ req }: { req: PayloadRequest }): Promise<{ tenant: number | string }[]> {
  if (req.user) return tenantsOf(req.user).map((tenant) => ({ tenant }));
  const fallback = await defaultMunicipality(req.payload, req);
  return fallback ? [{ tenant: fallback.id }] : [];
}

/** Only a regional admin hands out or takes away the regional-admin role; other admins keep the rest as before. */
export const keepRegionalRole = ({
  value,
  previousValue,
  req,
}: {
  value?: unknown;
  previousValue?: unknown;
  req: PayloadRequest;
}): unknown => {
  if (!req.user || isRegionalAdmin(req.user) || !Array.isArray(value)) return value;
  const had = Array.isArray(previousValue) && previousValue.includes('regional-admin');
  const rest = value.filter((role) => role !== 'regional-admin');
  return had ? [...rest, 'regional-admin'] : rest;
};
