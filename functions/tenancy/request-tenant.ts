import type { Viewer } from '../auth/viewer.js';
import { DomainError, forbidden } from '../domain/errors.js';
import type { Said } from '../domain/said.js';
import type { MunicipalityRegistry } from './registry.js';

/** The query-string parameter that names a request's municipality (the contract's README documents it). */
export const MUNICIPALITY_PARAMETER = 'municipality';

/** A municipality's slug: the `tenant` part of its keys, its `municipality` parameter. */
export const slugPattern = /^[a-z0-9-]{1,63}$/;

/** A request whose municipality parameter is wrong: refused before GraphQL runs, so with its HTTP status (400). */
const badMunicipality = (said: Said) => new DomainError('BAD_USER_INPUT', said, MUNICIPALITY_PARAMETER, 400);

/** The municipality a request is answered for: its slug (the keys' tenant) and its name as residents read it. */
export interface RequestMunicipality {
  slug: string;
  name: string;
}

export interface TenantRequest {
  /** The `municipality` query-string parameter, if the request has one. */
  parameter: string | undefined;
  /** The browser's Origin header: the frontend that sent the request. */
  origin: string | undefined;
  viewer: Viewer;
}

/**
 * The municipality a request is answered for. A signed-in caller's token names theirs (staff, coordinators,
 * moderators, association accounts act only in their own); otherwise the request's `municipality` parameter, then
 * the frontend's origin, and without either the stage's default municipality, so that every request without a
 * tenant means what it always meant. The default needs no read; any other is checked against the registry.
 */
export async function tenantOf(
  request: TenantRequest,
  options: { defaultTenant: string; defaultName: string; registry: MunicipalityRegistry },
): Promise<RequestMunicipality> {
  const { defaultTenant, registry } = options;
  // The default's name is the stage's setting; any other's is in the registry this resolution has just read.
  const municipality = async (slug: string): Promise<RequestMunicipality> =>
    slug === defaultTenant
      ? { slug, name: options.defaultName }
      : { slug, name: (await registry.bySlug(slug))?.name ?? slug };
  const named = request.parameter?.trim() || undefined;
  if (named !== undefined && !slugPattern.test(named))
    throw badMunicipality({
      sv: `"${named.slice(0, 64)}" är inget kommunnamn i Värna (små bokstäver, siffror och bindestreck).`,
      en: `"${named.slice(0, 64)}" is not a municipality's name in Värna (lower-case letters, digits and hyphens).`,
    });
  const served = async (slug: string) => slug === defaultTenant || (await registry.bySlug(slug)) !== undefined;
  // A token without a municipality is the default's, as every token was before there were several.
  const own = request.viewer.role === 'ANONYMOUS' ? undefined : (request.viewer.tenant ?? defaultTenant);
  if (own !== undefined) {
    if (!(await served(own)))
      throw forbidden(
        {
          sv: `Din inloggning hör till en kommun som Värna inte betjänar (${own}).`,
          en: `Your sign-in belongs to a municipality this Värna does not serve (${own}).`,
        },
        { httpStatus: 403 },
      );
    if (named !== undefined && named !== own)
      throw forbidden(
        {
          sv: `Din inloggning hör till ${own}; den kan inte användas för ${named}.`,
          en: `Your sign-in belongs to ${own}; it cannot be used for ${named}.`,
        },
        { httpStatus: 403 },
      );
    return municipality(own);
  }
  if (named !== undefined) {
    if (!(await served(named)))
      throw badMunicipality({
        sv: `Värna betjänar ingen kommun som heter "${named}".`,
        en: `This Värna serves no municipality named "${named}".`,
      });
    return municipality(named);
  }
  const fromOrigin = request.origin ? await registry.byOrigin(request.origin) : undefined;
  return municipality(fromOrigin?.slug ?? defaultTenant);
}
