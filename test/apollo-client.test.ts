import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
  gql,
  type TypedDocumentNode,
} from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { generatePersistedQueryIdsFromManifest } from '@apollo/persisted-query-lists';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import manifest from '../functions/graphql/persisted-query-manifest.json' with { type: 'json' };
import { createLocalApiServer } from '../functions/local/http-server.js';
import { createTestApi, type TestApi } from './support/api.js';
import { contractOperation } from './support/contract.js';
import { registration } from './register/support.js';
import { seedSample } from './support/seed.js';

/**
 * The frontends' client itself: Apollo Client 4, set up as its documentation shows, against `npm run
 * dev`'s HTTP front over the Lambda handler with production's safelist on. Its persisted query link sends
 * the contract's operations by hash from the persisted query list (GET for reads), and its normalised
 * cache must be able to key what comes back — one entry per entity, updated by the operations after.
 */
let api: TestApi;
let server: Server;
let uri: string;
/** Every request the clients made, as they went over HTTP. */
const sent: { method: string; url: URL; body: Record<string, unknown> | null }[] = [];

const recordingFetch: typeof fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  sent.push({
    method: init?.method ?? 'GET',
    url,
    body: typeof init?.body === 'string' ? JSON.parse(init.body) : null,
  });
  return fetch(input, init);
};

/** A contract operation as a frontend holds it in its source (the answers are checked field by field below). */
const operation = (name: string) => gql(contractOperation(name)) as TypedDocumentNode<Record<string, any>>;

/** A client as the frontends build one: the persisted query link from Apollo's list, then HTTP. */
function persistedClient(token?: string) {
  const auth = new SetContextLink(({ headers }) => ({
    headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  }));
  const persisted = new PersistedQueryLink({
    ...generatePersistedQueryIdsFromManifest({ loadManifest: () => Promise.resolve(manifest) }),
    useGETForHashedQueries: true,
  });
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.from([auth, persisted, new HttpLink({ uri, fetch: recordingFetch })]),
  });
}

beforeAll(async () => {
  api = await createTestApi({ VARNA_SAFELIST: 'on' });
  expect(api.config.safelist).toBe(true);
  await seedSample(api);
  server = createLocalApiServer(api.handler, api.config.maxBodyBytes);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  uri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(() => new Promise<void>((resolve) => server?.close(() => resolve())));

describe('Apollo Client 4 with the persisted query link', () => {
  it('reads by hash over GET, and its cache keeps each support resource once, whichever query brought it', async () => {
    const client = persistedClient();
    sent.length = 0;
    const list = await client.query({ query: operation('SupportResources'), variables: { locale: 'SV', first: 5 } });
    const first = list.data!.supportResources.edges[0].node;
    const detail = await client.query({
      query: operation('SupportResource'),
      variables: { slug: first.slug, locale: 'SV' },
    });
    expect(detail.data!.supportResource.id).toBe(first.id);
    // Only hashes went over the wire, as GETs a CDN can cache.
    expect(sent.map((request) => request.method)).toEqual(['GET', 'GET']);
    expect(
      sent.every(
        (request) =>
          !request.url.searchParams.has('query') &&
          JSON.parse(request.url.searchParams.get('extensions')!).persistedQuery.sha256Hash,
      ),
    ).toBe(true);
    const cache = client.cache.extract() as Record<string, Record<string, unknown>>;
    const key = `SupportResource:${first.id}`;
    // Normalised: the entity is stored once, and both the list and the detail field point at it.
    expect(cache[key]).toMatchObject({
      __typename: 'SupportResource',
      id: first.id,
      title: first.title,
      body: detail.data!.supportResource.body,
    });
    expect(Object.keys(cache).filter((entry) => entry.startsWith('SupportResource:'))).toHaveLength(
      list.data!.supportResources.edges.length,
    );
    expect(JSON.stringify(cache.ROOT_QUERY)).toContain(`{"__ref":"${key}"}`);
    // The provider, an organisation, is an entity of its own too.
    if (first.provider) expect(cache[`Organisation:${first.provider.id}`]).toMatchObject({ name: first.provider.name });
  });

  it('a moderator’s decision updates the association the queue query cached, without fetching the queue again', async () => {
    const owner = await api.token('association', 'apollo-association');
    const portal = persistedClient(owner);
    const registered = await portal.mutate({
      mutation: operation('RegisterAssociation'),
      variables: { input: registration({ name: 'Apolloföreningen' }) },
    });
    const associationId = registered.data!.registerAssociation.id as string;

    const moderator = persistedClient(await api.token('moderator'));
    const queueQuery = operation('ModerationQueue');
    const queue = await moderator.query({ query: queueQuery, variables: { first: 50 } });
    const pending = queue.data!.pendingAssociations.edges.map((edge: { node: { id: string } }) => edge.node);
    const seen = pending.find((node: { id: string }) => node.id === associationId);
    expect(seen).toMatchObject({ __typename: 'Association', status: 'PENDING' });

    sent.length = 0;
    const decided = await moderator.mutate({
      mutation: operation('ApproveAssociation'),
      variables: { id: associationId, expectedVersion: seen.version },
    });
    expect(decided.data!.approveAssociation.status).toBe('APPROVED');
    // A mutation goes by POST, still only by hash.
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe('POST');
    expect(sent[0]!.body).not.toHaveProperty('query');
    // The queue as the cache now reads it: the same entity, decided.
    const cached = moderator.readQuery({ query: queueQuery, variables: { first: 50 } }) as typeof queue.data;
    const afterDecision = cached!.pendingAssociations.edges.find(
      (edge: { node: { id: string } }) => edge.node.id === associationId,
    ).node;
    expect(afterDecision.status).toBe('APPROVED');
    expect(afterDecision.version).toBe(decided.data!.approveAssociation.version);
    expect(sent).toHaveLength(1);
  });

  it('gets the contract’s code of a refusal, not only the HTTP status', async () => {
    const anonymous = persistedClient();
    const error = await anonymous.query({ query: operation('ModerationQueue'), variables: { first: 5 } }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(CombinedGraphQLErrors.is(error)).toBe(true);
    expect((error as CombinedGraphQLErrors).errors.map((graphqlError) => graphqlError.extensions?.code)).toContain(
      'UNAUTHENTICATED',
    );

    // A hash the list does not hold (a client built from a list this API does not serve) is refused before GraphQL, in the same shape.
    const stale = new ApolloClient({
      cache: new InMemoryCache(),
      link: ApolloLink.from([
        new PersistedQueryLink({ generateHash: () => 'e'.repeat(64) }),
        new HttpLink({ uri, fetch: recordingFetch }),
      ]),
    });
    const refused = await stale.query({ query: operation('Districts') }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(CombinedGraphQLErrors.is(refused)).toBe(true);
    expect((refused as CombinedGraphQLErrors).errors[0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'extensions.persistedQuery.sha256Hash',
    });
  });
});

describe('Apollo Client 4 without persisted queries', () => {
  it('sends exactly the listed text (its cache adds __typename), which the safelist answers', async () => {
    const client = new ApolloClient({ cache: new InMemoryCache(), link: new HttpLink({ uri, fetch: recordingFetch }) });
    sent.length = 0;
    const result = await client.query({ query: operation('Districts'), variables: { locale: 'SV' } });
    expect(result.error).toBeUndefined();
    expect(result.data!.districts.length).toBeGreaterThan(0);
    const listed = manifest.operations.find((operation) => operation.name === 'Districts')!;
    expect(sent[0]!.body!.query).toBe(listed.body);
  });

  it('is refused, with the code, for an operation the list does not hold', async () => {
    const client = new ApolloClient({ cache: new InMemoryCache(), link: new HttpLink({ uri, fetch: recordingFetch }) });
    const error = await client
      .query({ query: gql('query Unlisted { districts { slug } supportResources(first: 50) { totalCount } }') })
      .then(
        () => undefined,
        (reason: unknown) => reason,
      );
    expect(CombinedGraphQLErrors.is(error)).toBe(true);
    expect((error as CombinedGraphQLErrors).errors[0]).toMatchObject({
      message: 'This API answers only the operations in its persisted query list.',
      extensions: { code: 'BAD_USER_INPUT', field: 'query' },
    });
  });
});

describe('the README’s example frontend', () => {
  it('runs as written, with the safelist on', async () => {
    const root = join(import.meta.dirname, '..');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const example = /A frontend as Apollo Client's documentation shows it[\s\S]*?```ts\n([\s\S]*?)```/.exec(
      readme,
    )?.[1];
    expect(example, 'README has the example').toBeDefined();
    expect(example).toContain("'http://127.0.0.1:4000/graphql'");
    // Beside the repository's node_modules, so that its imports resolve as in a frontend's project.
    const dir = join(root, 'node_modules/.cache/varna/readme-frontend');
    mkdirSync(dir, { recursive: true });
    copyFileSync(
      join(root, 'functions/graphql/persisted-query-manifest.json'),
      join(dir, 'persisted-query-manifest.json'),
    );
    const file = join(dir, `frontend-${Date.now()}.ts`);
    writeFileSync(file, `${example!.replace('http://127.0.0.1:4000/graphql', uri)}\nexport { data };\n`);
    const { data } = (await import(file)) as {
      data: { districts: { slug: string; name: string; __typename: string }[] };
    };
    expect(data.districts.length).toBeGreaterThan(0);
    expect(data.districts[0]).toMatchObject({
      __typename: 'District',
      slug: expect.any(String),
      name: expect.any(String),
    });
  });
});
