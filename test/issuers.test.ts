import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../functions/config.js';
import { createTestApi, type TestApi } from './support/api.js';
import { contractOperation } from './support/contract.js';

/**
 * The issuers a deployed stage trusts, as stacks/auth.ts configures them: the association accounts'
 * Cognito pool (ID tokens; `cognito:groups` absent for a self-registered account) and the staff identity
 * provider, whose keys are not at `<issuer>/.well-known/jwks.json` (Entra ID's layout). Both served by a
 * local JWKS server with keys made here, so the API fetches and verifies them as it would on AWS.
 */
let server: Server;
let base: string;
let api: TestApi;
type KeySet = { privateKey: CryptoKey; jwk: JWK };
/** Each issuer's signing key and its public JWK, made before the tests. */
let keys: Record<'pool' | 'staff', KeySet>;

async function keySet(name: 'pool' | 'staff'): Promise<KeySet> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid: `${name}-key`, alg: 'RS256', use: 'sig' } };
}

const issuers = () => ({
  pool: `${base}/eu-north-1_AbCdEf123`,
  staff: `${base}/tenant-botkyrka/v2.0`,
});

beforeAll(async () => {
  keys = { pool: await keySet('pool'), staff: await keySet('staff') };
  server = createServer((request, response) => {
    const set =
      request.url === '/eu-north-1_AbCdEf123/.well-known/jwks.json'
        ? keys.pool
        : request.url === '/tenant-botkyrka/discovery/v2.0/keys'
          ? keys.staff
          : undefined;
    response
      .writeHead(set ? 200 : 404, { 'content-type': 'application/json' })
      .end(set ? JSON.stringify({ keys: [set.jwk] }) : '{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  api = await createTestApi({
    VARNA_AUTH_ISSUERS: JSON.stringify([
      {
        issuer: issuers().pool,
        audience: 'association-portal-client',
        rolesClaim: 'cognito:groups',
        allowedRoles: ['association'],
        defaultRole: 'association',
      },
      {
        issuer: issuers().staff,
        audience: 'varna-api',
        rolesClaim: 'roles',
        allowedRoles: ['staff', 'moderator', 'coordinator'],
        jwksUri: `${base}/tenant-botkyrka/discovery/v2.0/keys`,
      },
    ]),
  });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function token(
  from: 'pool' | 'staff',
  claims: Record<string, unknown>,
  audience = from === 'pool' ? 'association-portal-client' : 'varna-api',
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: keys[from].jwk.kid! })
    .setIssuer(issuers()[from])
    .setAudience(audience)
    .setSubject(`${from}-user-1`)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(keys[from].privateKey);
}

const roleOf = async (bearer: string) => {
  const response = await api.graphql('{ viewer { role } }', {}, { token: bearer });
  return response.body.data?.viewer?.role ?? response.body.errors?.[0]?.extensions?.code;
};

describe('tokens from the association accounts’ Cognito pool', () => {
  it('make a self-registered account (no group) an association', async () => {
    expect(
      await roleOf(await token('pool', { token_use: 'id', email: 'kontakt@forening.example', email_verified: true })),
    ).toBe('ASSOCIATION');
  });

  it('never make anyone staff or moderator, whatever group the pool claims', async () => {
    const claimsStaff = await token('pool', { token_use: 'id', 'cognito:groups': ['staff', 'moderator'] });
    expect(await roleOf(claimsStaff)).toBe('ASSOCIATION');
    const queue = await api.graphql(contractOperation('ModerationQueue'), {}, { token: claimsStaff });
    expect(queue.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('are refused for another client of the pool', async () => {
    expect(await roleOf(await token('pool', { token_use: 'id' }, 'some-other-client'))).toBe('UNAUTHENTICATED');
  });
});

describe('tokens from the staff identity provider (keys at a configured JWKS address)', () => {
  it('grant staff, moderator and coordinator', async () => {
    expect(await roleOf(await token('staff', { roles: ['staff'] }))).toBe('STAFF');
    expect(await roleOf(await token('staff', { roles: ['staff', 'moderator'] }))).toBe('MODERATOR');
    expect(await roleOf(await token('staff', { roles: ['coordinator'] }))).toBe('COORDINATOR');
  });

  it('grant nothing for a role the issuer may not give, or none at all', async () => {
    expect(await roleOf(await token('staff', { roles: ['association'] }))).toBe('FORBIDDEN');
    expect(await roleOf(await token('staff', {}))).toBe('FORBIDDEN');
    expect(await roleOf(await token('staff', { 'cognito:groups': ['staff'] }))).toBe('FORBIDDEN');
  });
});

describe('the issuers setting', () => {
  const base = { VARNA_TABLE_NAME: 'varna-test', VARNA_CURSOR_SECRET: 'x'.repeat(32) };

  it('requires the roles each issuer may grant', () => {
    expect(() =>
      loadConfig({
        ...base,
        VARNA_AUTH_ISSUERS: JSON.stringify([{ issuer: 'https://login.example.org/', audience: 'varna-api' }]),
      }),
    ).toThrow(/VARNA_AUTH_ISSUERS\.0\.allowedRoles/);
  });

  it('refuses a default role the issuer may not grant', () => {
    const issuer = {
      issuer: 'https://login.example.org/',
      audience: 'varna-api',
      allowedRoles: ['association'],
      defaultRole: 'staff',
    };
    expect(() => loadConfig({ ...base, VARNA_AUTH_ISSUERS: JSON.stringify([issuer]) })).toThrow(
      /defaultRole must be one of allowedRoles/,
    );
  });
});
