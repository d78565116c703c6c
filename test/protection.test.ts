import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DEV_AUDIENCE, DEV_ISSUER } from '../functions/auth/tokens.js';
import { localApiEnvironment } from '../functions/local/environment.js';
import { assertNoInternals, createTestApi, errorCodes, type GraphqlResponse, type TestApi } from './support/api.js';
import manifest from '../functions/graphql/persisted-query-manifest.json' with { type: 'json' };
import { contractOperation } from './support/contract.js';
import { seedSample } from './support/seed.js';

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
  await seedSample(api);
});

const expectRefusal = (response: GraphqlResponse, code: string) => {
  assertNoInternals(response);
  expect(response.status).not.toBe(500);
  expect(errorCodes(response)).toContain(code);
  expect(response.body.data ?? null).toBeNull();
};

describe('query limits', () => {
  it('refuses a query nested deeper than the limit', async () => {
    const withinLimit = `{ viewer { association { activities { edges { node { association { id } } } } } } }`;
    const tooDeep = `{ viewer { association { activities { edges { node { association { activities { edges { node { id } } } } } } } } } }`;
    expect(errorCodes(await api.graphql(withinLimit))).toEqual([]);
    const response = await api.graphql(tooDeep);
    expectRefusal(response, 'QUERY_TOO_COMPLEX');
    expect(response.status).toBe(400);
  });

  it('refuses an alias flood', async () => {
    const aliases = Array.from({ length: 50 }, (_, index) => `a${index}: districts { slug }`).join(' ');
    expectRefusal(await api.graphql(`{ ${aliases} }`), 'QUERY_TOO_COMPLEX');
  });

  it('refuses aliases of filtered lists by the DynamoDB reads they may make', async () => {
    const lists = (count: number) =>
      Array.from(
        { length: count },
        (_, index) => `a${index}: activities(filter: { district: "nope${index}" }) { edges { node { id } } }`,
      ).join(' ');
    const response = await api.graphql(`{ ${lists(5)} }`);
    expectRefusal(response, 'QUERY_TOO_COMPLEX');
    expect(response.body.errors![0]!.message).toMatch(/may read 15 DynamoDB pages; the limit is 12/);
    expect(errorCodes(await api.graphql(`{ ${lists(4)} }`))).toEqual([]);
  });

  it('counts a list inside a list once per item of the outer page, aliases included', async () => {
    const activities = (aliases: number) =>
      Array.from({ length: aliases }, (_, index) => `a${index}: activities(first: 5) { edges { node { id } } }`).join(
        ' ',
      );
    const nested = (first: number, aliases: number) =>
      `{ associations(first: ${first}) { edges { node { id ${activities(aliases)} } } } }`;
    const response = await api.graphql(nested(50, 1));
    expectRefusal(response, 'QUERY_TOO_COMPLEX');
    const messages = (result: GraphqlResponse) => (result.body.errors ?? []).map((error) => error.message);
    expect(messages(response)).toContainEqual(expect.stringMatching(/may read 51 DynamoDB pages; the limit is 12/));
    expect(messages(await api.graphql(nested(5, 3)))).toEqual([
      expect.stringMatching(/may read 16 DynamoDB pages; the limit is 12/),
    ]);
    // Under a variable page size, the largest page it may ask for.
    const byVariable = await api.graphql(
      `query ($first: Int) { associations(first: $first) { edges { node { activities { edges { node { id } } } } } } }`,
      { first: 2 },
    );
    expect(messages(byVariable)).toContainEqual(expect.stringMatching(/may read 101 DynamoDB pages/));
    expect(errorCodes(await api.graphql(nested(5, 2)))).toEqual([]);
    // A page size the list refuses counts as the largest: it cannot lower the count of the lists beside it.
    const withNegative = `{ n: associations(first: -100) { edges { node { id ${activities(1)} } } } ${nested(50, 1).slice(1, -1)} }`;
    expect(messages(await api.graphql(withNegative))).toContainEqual(
      expect.stringMatching(/may read 152 DynamoDB pages/),
    );
  });

  it('refuses a wide query by its cost', async () => {
    // Within the depth, alias and token limits, but a thousand fields six levels down.
    const wide = `{ viewer { association { activities { edges { node { association { ${'name '.repeat(1000)} } } } } } } }`;
    const response = await api.graphql(wide);
    expectRefusal(response, 'QUERY_TOO_COMPLEX');
    expect(response.body.errors![0]!.message).toMatch(/cost/i);
  });

  it('refuses a token flood before parsing it all', async () => {
    const flood = `{ districts { ${'slug '.repeat(3000)} } }`;
    expectRefusal(await api.graphql(flood), 'QUERY_TOO_COMPLEX');
  });

  it('lets every contract operation through the limits', async () => {
    const { contractOperations } = await import('./support/contract.js');
    for (const operation of contractOperations()) {
      const response = await api.graphql(operation.source, {});
      expect(errorCodes(response), operation.name).not.toContain('QUERY_TOO_COMPLEX');
    }
  });
});

describe('malformed requests', () => {
  it('answers malformed JSON with 400 and a GraphQL error', async () => {
    const response = await api.send({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ districts { slug } }"',
    });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    assertNoInternals(response);
  });

  it('answers every refusal before GraphQL as GraphQL errors in the media type the client accepts, never cached', async () => {
    const safelisted = await createTestApi({ VARNA_SAFELIST: 'on' });
    const refusals = [
      [api, { body: '{"query": "{ districts { slug } }"' }],
      [api, { body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }) }],
      [safelisted, { body: JSON.stringify({ query: '{ districts { slug name } }' }) }],
    ] as const;
    for (const [target, { body }] of refusals) {
      for (const [accept, mediaType] of [
        [
          'application/graphql-response+json, application/json;q=0.9',
          'application/graphql-response+json; charset=utf-8',
        ],
        ['application/json', 'application/json; charset=utf-8'],
      ]) {
        const response = await target.send({
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: accept! },
          body,
        });
        expect(response.status, body).toBe(400);
        expect(response.headers['content-type']).toBe(mediaType);
        expect(response.headers['cache-control']).toBe('private, no-store');
        expect(response.body.errors).toEqual([
          { message: expect.any(String), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) },
        ]);
      }
    }
  });

  it('answers a body over the size limit with 413', async () => {
    const body = JSON.stringify({
      query: '{ districts { slug } }',
      variables: { padding: 'x'.repeat(api.config.maxBodyBytes) },
    });
    const response = await api.send({ method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(413);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses an oversized body before reading it, whatever it names: a persisted hash, a text for the safelist, base64', async () => {
    const [listed] = manifest.operations;
    const padding = 'x'.repeat(9 * 1024 * 1024);
    const byHash = JSON.stringify({
      extensions: { persistedQuery: { version: 1, sha256Hash: listed!.id } },
      variables: { padding },
    });
    const byText = JSON.stringify({ query: listed!.body, variables: { padding } });
    const safelisted = await createTestApi({ VARNA_SAFELIST: 'on' });
    for (const [target, request] of [
      [api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: byHash }],
      [safelisted, { method: 'POST', headers: { 'content-type': 'application/json' }, body: byText }],
      [api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.from(byHash) }],
    ] as const) {
      // The body is never parsed: on Lambda nothing before the handler cuts it (API Gateway takes up to 10 MB).
      const parse = vi.spyOn(JSON, 'parse');
      const response = await target.send(request);
      const oversizedParses = parse.mock.calls.filter(([text]) => text.length > api.config.maxBodyBytes).length;
      parse.mockRestore();
      expect(oversizedParses).toBe(0);
      expect(response.status).toBe(413);
      expect(response.body.errors?.[0]?.message).toBe(
        `The request body is larger than ${api.config.maxBodyBytes} bytes.`,
      );
      expect(response.headers['cache-control']).toBe('private, no-store');
    }
  });

  it('answers a syntax error with BAD_USER_INPUT, not 500', async () => {
    const response = await api.graphql('{ districts { slug ');
    expectRefusal(response, 'BAD_USER_INPUT');
    expect(response.status).toBe(400);
  });

  it('answers an unknown field with BAD_USER_INPUT', async () => {
    expectRefusal(await api.graphql('{ districts { secret } }'), 'BAD_USER_INPUT');
  });

  it.each([
    ['a malformed DateTime', 'from', { from: 'tomorrow', to: '2027-01-01T00:00:00Z' }],
    ['a window that ends before it starts', 'filter.to', { from: '2027-01-02T00:00:00Z', to: '2027-01-01T00:00:00Z' }],
  ])('answers %s with BAD_USER_INPUT naming the field at fault, %s', async (_, field, window) => {
    const response = await api.graphql(contractOperation('Activities'), window);
    expectRefusal(response, 'BAD_USER_INPUT');
    expect(response.body.errors![0]!.extensions!.field).toBe(field);
  });

  it('refuses a simple GET without a CSRF preflight header', async () => {
    const response = await api.send({
      method: 'GET',
      rawQueryString: `query=${encodeURIComponent('{ districts { slug } }')}`,
    });
    expect(response.status).toBe(400);
    assertNoInternals(response);
  });

  it('answers a GET that carries the preflight header', async () => {
    const response = await api.send({
      method: 'GET',
      rawQueryString: `query=${encodeURIComponent('{ districts { slug } }')}`,
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(response.body.data!.districts.length).toBeGreaterThan(0);
  });
});

describe('tokens', () => {
  const forged = async (claims: { iss?: string; aud?: string; exp?: string | number; roles?: string[] } = {}) => {
    const { privateKey } = await generateKeyPair('ES256');
    return new SignJWT({ roles: claims.roles ?? ['staff'] })
      .setProtectedHeader({ alg: 'ES256', kid: 'forged' })
      .setIssuer(claims.iss ?? DEV_ISSUER)
      .setAudience(claims.aud ?? DEV_AUDIENCE)
      .setSubject('intruder')
      .setExpirationTime(claims.exp ?? '1h')
      .sign(privateKey);
  };

  const askInternal = (authorization: string) =>
    api.send({
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: contractOperation('StaffSupportResources') }),
    });

  it.each([
    ['a token signed with another key', async () => `Bearer ${await forged()}`],
    // Expired by more than the clocks' tolerance (functions/auth/clock-tolerance.ts).
    ['an expired token', async () => `Bearer ${await api.token('staff', 'someone', '-6m')}`],
    ['a token from an unknown issuer', async () => `Bearer ${await forged({ iss: 'https://evil.example.org' })}`],
    ['a token for another audience', async () => `Bearer ${await forged({ aud: 'another-api' })}`],
    ['a malformed token', async () => 'Bearer not.a-token'],
    ['a non-bearer scheme', async () => `Basic ${Buffer.from('staff:staff').toString('base64')}`],
    [
      'a token with its signature removed',
      async () => `Bearer ${(await api.token('staff')).split('.').slice(0, 2).join('.')}.`,
    ],
  ])('refuses %s as UNAUTHENTICATED, never as anonymous', async (_, authorization) => {
    const response = await askInternal(await authorization());
    expectRefusal(response, 'UNAUTHENTICATED');
    expect(response.raw).not.toContain('Vägledning');
  });

  it('refuses an unsigned (alg: none) token', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const payload = Buffer.from(
      JSON.stringify({
        iss: DEV_ISSUER,
        aud: DEV_AUDIENCE,
        sub: 'x',
        roles: ['staff'],
        exp: Math.floor(Date.now() / 1000) + 600,
      }),
    ).toString('base64url');
    expectRefusal(await askInternal(`Bearer ${header}.${payload}.`), 'UNAUTHENTICATED');
  });

  it('accepts a valid staff token', async () => {
    const response = await askInternal(`Bearer ${await api.token('staff')}`);
    expect(response.body.errors).toBeUndefined();
    expect(response.raw).toContain('Vägledning');
  });

  it('refuses a verified token that carries no Värna role as FORBIDDEN', async () => {
    const response = await askInternal(`Bearer ${await api.token('citizen')}`);
    expectRefusal(response, 'FORBIDDEN');
  });
});

describe('deployed stages', () => {
  it('turn introspection off and refuse the dev issuer', async () => {
    const { loadConfig } = await import('../functions/config.js');
    expect(() =>
      loadConfig({
        ...process.env,
        VARNA_STAGE: 'production',
        VARNA_TABLE_NAME: 'varna',
        VARNA_CURSOR_SECRET: 'x'.repeat(32),
        VARNA_DEV_ISSUER_JWKS: '{"keys":[]}',
      }),
    ).toThrow(/VARNA_DEV_ISSUER_JWKS: the dev issuer is accepted only in local runs/);
    // Safelist off: introspection must be refused on its own (with the safelist on, the list refuses it first).
    const production = await createTestApi({
      VARNA_STAGE: 'production',
      VARNA_LOCAL: 'false',
      VARNA_DEV_ISSUER_JWKS: '',
      VARNA_SAFELIST: 'off',
    });
    const response = await production.graphql('{ __schema { types { name } } }');
    expectRefusal(response, 'BAD_USER_INPUT');
    expect(response.raw).toContain('introspection');
  });

  it("are told apart from local runs by VARNA_LOCAL alone, not by a stage's name: a stage called `test` refuses the dev issuer and local file links", async () => {
    const { loadConfig } = await import('../functions/config.js');
    const deployed = await localApiEnvironment({
      endpoint: 'http://127.0.0.1:9',
      tableName: 'varna-test-stage',
      stage: 'test',
      dataDir: mkdtempSync(join(tmpdir(), 'varna-stage-')),
    });
    delete (deployed as Record<string, string | undefined>).VARNA_LOCAL;
    expect(() => loadConfig(deployed)).toThrow(/VARNA_DEV_ISSUER_JWKS: the dev issuer is accepted only in local runs/);
    expect(() =>
      loadConfig({
        ...deployed,
        VARNA_DEV_ISSUER_JWKS: undefined,
        VARNA_LOCAL_FILES_URL: 'http://127.0.0.1:4000/files',
      }),
    ).toThrow(/VARNA_LOCAL_FILES_URL: local file links/);
    expect(loadConfig({ ...deployed, VARNA_DEV_ISSUER_JWKS: undefined })).toMatchObject({
      stage: 'test',
      devIssuerJwks: undefined,
      introspection: false,
    });
    // The same environment with the flag that only `npm run dev` and the tests set.
    expect(loadConfig({ ...deployed, VARNA_LOCAL: 'true' }).devIssuerJwks).toBeDefined();
  });
});
