import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { DEV_AUDIENCE, DEV_ISSUER, DEV_TENANT_CLAIM } from '../auth/tokens.js';

/**
 * The local dev issuer: an ES256 key pair generated once under `.data/dev-issuer/`. The API trusts its
 * public key only in local stages (see config.ts); `npm run token` signs with the private key.
 */
export interface DevIssuerKeys {
  privateJwk: JWK;
  publicJwk: JWK;
}

const keyFile = (dataDir: string) => join(dataDir, 'dev-issuer', 'keys.json');

export async function ensureDevIssuer(dataDir: string): Promise<DevIssuerKeys> {
  const file = keyFile(dataDir);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DevIssuerKeys;
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = `dev-${Date.now().toString(36)}`;
  const keys: DevIssuerKeys = {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' },
  };
  mkdirSync(join(dataDir, 'dev-issuer'), { recursive: true });
  writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}

/** The JWKS (as JSON) the local API verifies dev tokens with. */
export const devIssuerJwks = (keys: DevIssuerKeys) => JSON.stringify({ keys: [keys.publicJwk] });

export async function signDevToken(
  keys: DevIssuerKeys,
  claims: { role: string; sub: string; name?: string; email?: string; municipality?: string; expiresIn?: string },
): Promise<string> {
  const privateKey = await importJWK(keys.privateJwk, 'ES256');
  return new SignJWT({
    roles: [claims.role],
    ...(claims.municipality ? { [DEV_TENANT_CLAIM]: claims.municipality } : {}),
    ...(claims.name ? { name: claims.name } : {}),
    ...(claims.email ? { email: claims.email } : {}),
  })
    .setProtectedHeader({ alg: 'ES256', kid: keys.privateJwk.kid! })
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '12h')
    .sign(privateKey);
}
