import type { Said } from '../domain/said.js';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { tokenRoles, type Config } from '../config.js';
import { forbidden, unauthenticated } from '../domain/errors.js';
import { anonymousViewer, type Viewer, type ViewerRole } from './viewer.js';
import { CLOCK_TOLERANCE_SECONDS } from './clock-tolerance.js';

/** The local dev issuer (`npm run token`), trusted only in local stages. */
export const DEV_ISSUER = 'urn:varna:local-dev-issuer';
export const DEV_AUDIENCE = 'varna-api';

interface TrustedIssuer {
  audience: string;
  rolesClaim: string;
  allowedRoles: readonly string[];
  defaultRole: string | undefined;
  tenant: string | undefined;
  tenantClaim: string | undefined;
  keys: JWTVerifyGetKey;
}

/** A token that fails verification: UNAUTHENTICATED, answered with HTTP 401 before any resolver runs. */
const invalidToken = (message: Said) => unauthenticated(message, { httpStatus: 401 });

/** Roles in order of precedence: moderators and coordinators are also staff. */
const rolePrecedence: [string, ViewerRole][] = [
  ['moderator', 'MODERATOR'],
  ['coordinator', 'COORDINATOR'],
  ['staff', 'STAFF'],
  ['association', 'ASSOCIATION'],
];

/** The dev issuer's claim for the caller's municipality. */
export const DEV_TENANT_CLAIM = 'municipality';

/** The caller's municipality: the issuer's own, or its claim (a slug), or undefined (the stage's default). */
function tenantOfToken(payload: JWTPayload, issuer: TrustedIssuer): string | undefined {
  if (issuer.tenant) return issuer.tenant;
  if (!issuer.tenantClaim) return undefined;
  const claimed = claimText(payload, issuer.tenantClaim);
  if (claimed !== undefined && !/^[a-z0-9-]{1,63}$/.test(claimed))
    throw invalidToken({
      sv: 'Inloggningens kommun är inget kommunnamn i Värna.',
      en: "The bearer token's municipality is not a municipality's name in Värna.",
    });
  return claimed;
}

/** A short text claim (`name`, `email`), or undefined when the token has none. */
function claimText(payload: JWTPayload, claim: string): string | undefined {
  const value = payload[claim];
  return typeof value === 'string' && value.trim() && value.length <= 320 ? value.trim() : undefined;
}

function rolesIn(payload: JWTPayload, claim: string): string[] {
  const value = payload[claim];
  if (Array.isArray(value)) return value.filter((role): role is string => typeof role === 'string');
  return typeof value === 'string' ? value.split(/[\s,]+/) : [];
}

/**
 * Verifies bearer tokens against the configured issuers. No Authorization header means anonymous; any
 * token that fails verification is UNAUTHENTICATED, never silently anonymous.
 */
export function createTokenVerifier(config: Pick<Config, 'issuers' | 'devIssuerJwks'>) {
  const issuers = new Map<string, TrustedIssuer>();
  for (const issuer of config.issuers) {
    const jwksUri = issuer.jwksUri ?? `${issuer.issuer.replace(/\/$/, '')}/.well-known/jwks.json`;
    issuers.set(issuer.issuer, {
      audience: issuer.audience,
      rolesClaim: issuer.rolesClaim,
      allowedRoles: issuer.allowedRoles,
      defaultRole: issuer.defaultRole,
      tenant: issuer.tenant,
      tenantClaim: issuer.tenantClaim,
      keys: createRemoteJWKSet(new URL(jwksUri)),
    });
  }
  if (config.devIssuerJwks) {
    issuers.set(DEV_ISSUER, {
      audience: DEV_AUDIENCE,
      rolesClaim: 'roles',
      allowedRoles: tokenRoles,
      defaultRole: undefined,
      tenant: undefined,
      // `npm run token -- --municipality huddinge`
      tenantClaim: DEV_TENANT_CLAIM,
      keys: createLocalJWKSet(JSON.parse(config.devIssuerJwks)),
    });
  }

  return async function viewerOf(authorization: string | undefined): Promise<Viewer> {
    if (authorization === undefined || authorization.trim() === '') return anonymousViewer;
    const match = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization.trim());
    if (!match?.[1])
      throw invalidToken({
        sv: 'Authorization-huvudet måste vara "Bearer <token>".',
        en: 'The Authorization header must be "Bearer <token>".',
      });
    const token = match[1];
    let issuerName: string | undefined;
    try {
      issuerName = decodeJwt(token).iss;
    } catch {
      throw invalidToken({ sv: 'Inloggningens token är felformad.', en: 'The bearer token is malformed.' });
    }
    const issuer = issuerName ? issuers.get(issuerName) : undefined;
    if (!issuer)
      throw invalidToken({
        sv: 'Inloggningens token kommer inte från en betrodd utfärdare.',
        en: 'The bearer token is not from a trusted issuer.',
      });
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, issuer.keys, {
        issuer: issuerName,
        audience: issuer.audience,
        algorithms: ['RS256', 'ES256'],
        requiredClaims: ['exp', 'sub'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired)
        throw invalidToken({ sv: 'Inloggningen har gått ut; logga in igen.', en: 'The bearer token has expired.' });
      if (error instanceof joseErrors.JOSEError)
        throw invalidToken({
          sv: 'Inloggningens token kunde inte verifieras.',
          en: 'The bearer token could not be verified.',
        });
      throw error;
    }
    // Roles are tied to their issuer: the association pool cannot make anyone staff.
    const roles = rolesIn(payload, issuer.rolesClaim).filter((role) => issuer.allowedRoles.includes(role));
    if (roles.length === 0 && issuer.defaultRole) roles.push(issuer.defaultRole);
    const granted = rolePrecedence.filter(([name]) => roles.includes(name)).map(([, role]) => role);
    const role = granted[0];
    if (!role)
      throw forbidden(
        { sv: 'Inloggningen saknar en roll i Värna.', en: 'The token carries no Värna role.' },
        { httpStatus: 403 },
      );
    return {
      role,
      roles: granted,
      subject: payload.sub ?? null,
      name: claimText(payload, 'name'),
      email: claimText(payload, 'email'),
      tenant: tenantOfToken(payload, issuer),
    };
  };
}

export type TokenVerifier = ReturnType<typeof createTokenVerifier>;
