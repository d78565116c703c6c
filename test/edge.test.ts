import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addTypenameToDocument } from '@apollo/client/utilities';
import type { Context as LambdaContext } from 'aws-lambda';
import { parse, print } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../functions/config.js';
import { operationsIn } from '../functions/graphql/operations.js';
import { listedIdByNormalizedId } from '../functions/graphql/persisted-query-normalized.generated.js';
import { apiGatewayEvent } from '../functions/local/api-gateway-event.js';
import { createApiHandler } from '../functions/server/api.js';
import { normalizedOperationId } from '../functions/server/normalized-operation.js';
import { assertNoInternals, createTestApi, errorCodes, type GraphqlResponse, type TestApi } from './support/api.js';
import { contractOperation, contractOperations } from './support/contract.js';
import { seedSample } from './support/seed.js';

/**
 * Public reads at the edge: anonymous GETs cacheable with ETag/304, persisted queries by hash from the
 * persisted query list, and production's safelist — through the Lambda handler on DynamoDB Local.
 */
let api: TestApi;

interface ManifestOperation {
  id: string;
  name: string;
  type: string;
  body: string;
}
const manifest = JSON.parse(
  readFileSync(join(import.meta.dirname, '../functions/graphql/persisted-query-manifest.json'), 'utf8'),
) as {
  format: string;
  version: number;
  operations: ManifestOperation[];
};
const listed = (name: string) => manifest.operations.find((operation) => operation.name === name)!;

const get = (parameters: Record<string, unknown>, headers: Record<string, string> = {}) =>
  api.send({
    method: 'GET',
    rawQueryString: new URLSearchParams(
      Object.entries(parameters).map(([key, value]) => [
        key,
        typeof value === 'string' ? value : JSON.stringify(value),
      ]),
    ).toString(),
    // A non-simple header, as Apollo Server's CSRF prevention asks of GETs (browsers then preflight).
    headers: { 'x-apollo-operation-name': 'test', ...headers },
  });

const persisted = (name: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: listed(name).id } } });

beforeAll(async () => {
  api = await createTestApi();
  await seedSample(api);
});

describe('the persisted query list', () => {
  it('is Apollo’s manifest of every contract operation (next/ included) as Apollo Client sends it, each id the SHA-256 of its body', () => {
    expect([manifest.format, manifest.version]).toEqual(['apollo-persisted-query-manifest', 1]);
    const contract = [...contractOperations(), ...contractOperations('next/')];
    for (const operation of contract) {
      const entry = listed(operation.name);
      expect(entry, `${operation.name} is in the list (run npm run persisted-queries)`).toBeDefined();
      // The frontends' text with the __typename fields Apollo Client adds for its cache, nothing else.
      expect(entry.body).toBe(print(addTypenameToDocument(parse(operation.source))));
      expect(entry.type).toBe(operation.kind);
    }
    // And the operations Värna's own clients send beyond the contract (operations/).
    for (const operation of operationsIn(join(import.meta.dirname, '../operations/calendar-links.graphql')))
      expect(listed(operation.name)?.body).toBe(print(addTypenameToDocument(parse(operation.source))));
    for (const entry of manifest.operations)
      expect(entry.id).toBe(createHash('sha256').update(entry.body).digest('hex'));
  });

  it('comes with the normalized id of every listed operation, so that a cold start parses no listed text (run npm run persisted-queries)', () => {
    expect(
      Object.fromEntries(manifest.operations.map((entry) => [normalizedOperationId(entry.body), entry.id])),
    ).toEqual(listedIdByNormalizedId);
  });
});

describe('anonymous GET', () => {
  it('is public for a few seconds with an ETag, and a repeated GET with it is answered 304 without a body', async () => {
    const first = await get({ query: contractOperation('Districts') });
    expect(first.status).toBe(200);
    expect(first.body.data?.districts.length).toBeGreaterThan(0);
    expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await get({ query: contractOperation('Districts') }, { 'if-none-match': etag });
    expect([again.status, again.raw]).toEqual([304, '']);
    expect(again.headers.etag).toBe(etag);
    // Another answer, another ETag: the old one does not match it.
    const other = await get(
      { query: contractOperation('SupportResources'), variables: { first: 1 } },
      { 'if-none-match': etag },
    );
    expect(other.status).toBe(200);
    expect(other.headers.etag).not.toBe(etag);
  });

  it('works with only the operation’s hash', async () => {
    const byHash = await get({ ...persisted('SupportResources'), variables: { locale: 'SV', first: 3 } });
    assertNoInternals(byHash);
    expect(byHash.body.errors).toBeUndefined();
    // The answer is the listed body's: with the __typename a normalising cache keys on.
    const byText = await get({ query: listed('SupportResources').body, variables: { locale: 'SV', first: 3 } });
    expect(byHash.raw).toBe(byText.raw);
    expect(byHash.body.data!.supportResources.edges[0].node.__typename).toBe('SupportResource');
    expect(byHash.headers['cache-control']).toMatch(/^public/);
    // POST carries the hash the same way.
    const posted = await api.send({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...persisted('SupportResources'), variables: { locale: 'SV', first: 3 } }),
    });
    expect(posted.raw).toBe(byText.raw);
  });

  it('still answers the hash an operation had before the list carried __typename (clients built from the earlier list)', async () => {
    const earlierId = createHash('sha256').update(contractOperation('SupportResources')).digest('hex');
    expect(earlierId).not.toBe(listed('SupportResources').id);
    const byEarlierHash = await get({
      extensions: { persistedQuery: { version: 1, sha256Hash: earlierId } },
      variables: { locale: 'SV', first: 3 },
    });
    const byHash = await get({ ...persisted('SupportResources'), variables: { locale: 'SV', first: 3 } });
    expect(byEarlierHash.status).toBe(200);
    expect(byEarlierHash.raw).toBe(byHash.raw);
  });

  it('refuses an unknown hash, and a hash sent with another operation’s text', async () => {
    const unknown = await get({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } });
    expect(unknown.status).toBe(400);
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.body.errors![0]!.extensions!.field).toBe('extensions.persistedQuery.sha256Hash');
    const mismatched = await get({ query: contractOperation('Districts'), ...persisted('SupportResources') });
    expect([mismatched.status, mismatched.body.errors![0]!.extensions!.field]).toEqual([400, 'query']);
  });

  it('is private and never stored when a token asked, or when the answer is an error', async () => {
    const staff = await api.token('staff');
    const authenticated = await get({ query: contractOperation('Districts') }, { authorization: `Bearer ${staff}` });
    expect(authenticated.status).toBe(200);
    expect(authenticated.headers['cache-control']).toBe('private, no-store');
    expect(authenticated.headers.etag).toBeUndefined();
    const failed = await get({ query: '{ nothingHere }' });
    expect(failed.headers['cache-control']).toBe('private, no-store');
  });
});

describe('a production-stage handler', () => {
  let send: (body: Record<string, unknown>) => Promise<GraphqlResponse>;
  beforeAll(() => {
    // Production's configuration: no dev issuer, no local files; the safelist is on by default.
    const config = loadConfig({
      VARNA_STAGE: 'production',
      VARNA_TABLE_NAME: api.config.dynamo.tableName,
      DYNAMODB_ENDPOINT: api.config.dynamo.endpoint,
      VARNA_CURSOR_SECRET: api.config.cursorSecret,
      VARNA_LOG_LEVEL: 'SILENT',
    });
    expect(config.safelist).toBe(true);
    const handler = createApiHandler(config);
    send = async (body) => {
      const result = await handler(
        apiGatewayEvent({
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
        {
          awsRequestId: 'test',
        } as LambdaContext,
      );
      return {
        status: result.statusCode ?? 200,
        headers: result.headers ?? {},
        raw: result.body ?? '',
        body: JSON.parse(result.body ?? '{}'),
      };
    };
  });

  it('answers the listed operations, by text (whatever its layout) or by hash', async () => {
    const byText = await send({
      query: `# the website's districts\n${contractOperation('Districts').replace(/\n\s*/g, ' ')}`,
    });
    expect(byText.body.errors).toBeUndefined();
    expect(byText.body.data?.districts.length).toBeGreaterThan(0);
    const byHash = await send({ ...persisted('Districts') });
    expect(byHash.body.data!.districts).toEqual(
      byText.body.data!.districts.map((district: object) => ({ ...district, __typename: 'District' })),
    );
  });

  it('refuses an operation that is not in the list before running it', async () => {
    const unlisted = await send({ query: '{ districts { slug } supportResources(first: 50) { totalCount } }' });
    assertNoInternals(unlisted);
    expect(unlisted.status).toBe(400);
    expect(errorCodes(unlisted)).toEqual(['BAD_USER_INPUT']);
    expect(unlisted.body.errors![0]!.message).toBe('This API answers only the operations in its persisted query list.');
    expect(unlisted.body.data).toBeUndefined();
  });
});
