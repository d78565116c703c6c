import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { build, type Plugin } from 'esbuild';
import { bundle, lambdaBuildOptions } from '../functions/build/bundle.js';
import lambdaPlugins from '../functions/build/esbuild-plugins.mjs';
import { apiGatewayEvent } from '../functions/local/api-gateway-event.js';
import { ensureDevIssuer, signDevToken } from '../functions/local/dev-issuer.js';
import { localApiEnvironment } from '../functions/local/environment.js';
import { createTestApi } from './support/api.js';
import { contractOperation } from './support/contract.js';
import { seedSample } from './support/seed.js';

/**
 * The Lambda bundle itself (esbuild with the plugins the deploy uses, functions/build/esbuild-plugins.mjs) in
 * a Node process of its own, as Lambda loads it: what the bundler leaves out must not be missed.
 */
const work = mkdtempSync(join(tmpdir(), 'varna-bundle-'));
const bundleFile = join(work, 'graphql', 'index.mjs');
let environment: Record<string, string>;
let staffToken: string;

beforeAll(async () => {
  const api = await createTestApi();
  await seedSample(api);
  await bundle('functions/handlers/graphql.ts', bundleFile);
  environment = {
    ...(await localApiEnvironment({
      endpoint: inject('dynamoEndpoint'),
      tableName: api.config.dynamo.tableName,
      stage: 'test',
      dataDir: work,
    })),
    VARNA_LOG_LEVEL: 'SILENT',
  };
  staffToken = await signDevToken(await ensureDevIssuer(work), { role: 'staff', sub: 'bundle-test-staff' });
}, 120_000);

/** Loads a bundle in a fresh process, as Lambda does, and has its handler answer the events in turn. */
async function inProcessOfItsOwn(bundlePath: string, events: unknown[]) {
  const eventsFile = join(work, 'events.json');
  writeFileSync(eventsFile, JSON.stringify(events));
  const script = `
    const { handler } = await import(${JSON.stringify(`file://${bundlePath}`)});
    const events = JSON.parse((await import('node:fs')).readFileSync(${JSON.stringify(eventsFile)}, 'utf8'));
    const results = [];
    for (const event of events) results.push(await handler(event, { awsRequestId: 'bundle-test', functionName: 'bundle-test' }));
    console.log(JSON.stringify(results));
    process.exit(0);`;
  const { NODE_OPTIONS: _testRunner, ...inherited } = process.env;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...inherited, ...environment },
  });
  return JSON.parse(stdout) as { statusCode: number; headers: Record<string, string>; body: string }[];
}

/** The GraphQL bundle's answers to the given contract operations, one event each. */
async function answer(requests: { operation: string; token?: string }[]) {
  const events = requests.map(({ operation, token }) =>
    apiGatewayEvent({
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: contractOperation(operation) }),
    }),
  );
  return (await inProcessOfItsOwn(bundleFile, events)).map((result) => ({
    status: result.statusCode,
    body: JSON.parse(result.body),
  }));
}

describe('the bundled Lambda handler', () => {
  it('answers public and staff reads, relations included, in a process of its own', async () => {
    const [districts, resources, staffResources] = await answer([
      { operation: 'Districts' },
      { operation: 'SupportResources' },
      { operation: 'StaffSupportResources', token: staffToken },
    ]);
    for (const response of [districts, resources, staffResources]) {
      expect(response!.status).toBe(200);
      expect(response!.body.errors).toBeUndefined();
    }
    expect(districts!.body.data.districts.length).toBeGreaterThan(0);
    const publicResources = resources!.body.data.supportResources.edges.map((edge: any) => edge.node);
    expect(publicResources.some((resource: any) => resource.provider?.name)).toBe(true);
    const staffVisibilities = staffResources!.body.data.supportResources.edges.map((edge: any) => edge.node.visibility);
    expect(staffVisibilities).toContain('INTERNAL');
  });

  it('leaves out the Apollo GraphOS reporting code the server has switched off', () => {
    const code = readFileSync(bundleFile, 'utf8');
    // Names from Apollo's usage-report protobuf and its federated-trace plugin.
    expect(code).not.toContain('ReportHeader');
    expect(code).not.toContain('apollo-federation-include-trace');
    expect(code).toContain('is not part of the Lambda bundle');
  });

  it('leaves the feeds and what a Lambda never runs to others: no calendar libraries, no JavaScript SHA-256, no profile or SSO credentials', () => {
    const code = readFileSync(bundleFile, 'utf8');
    expect(code).not.toContain('BEGIN:VTIMEZONE'); // timezones-ical-library, the feeds function's
    expect(code).not.toContain('PRODID'); // ical-generator
    expect(code).not.toContain('we accept pull requests'); // sha.js; Apollo's hashes are node:crypto's
    expect(code).not.toContain('aws_session_token'); // the shared-ini credential files
    expect(code).not.toContain('is not of a type(s)'); // jsonschema: ElectroDB's model check, done by the unbundled tests
  });

  it('keeps the AWS SDK, graphql-js and Apollo Server plain ES modules, which a cold start parses once', async () => {
    // Unminified, esbuild names each module it wraps in a lazy initialiser (`__esm({ "path"() {…} })`): a
    // CommonJS require or a dynamic import of an ES module wraps it and all it imports, and a wrapped module
    // is parsed twice (functions/build/esbuild-plugins.mjs).
    const readable = join(work, 'readable', 'index.mjs');
    await build({ ...lambdaBuildOptions('functions/handlers/graphql.ts', readable), minify: false });
    const wrapped = [...readFileSync(readable, 'utf8').matchAll(/__esm\(\{\s*"([^"]+)"\(\)/g)].map(
      (match) => match[1]!,
    );
    expect(wrapped.filter((path) => /^node_modules\/(@aws-sdk|@smithy|graphql)\//.test(path))).toEqual([]);
    // Of Apollo Server, only the plugins it imports on demand, what they share, and the HeaderMap the integration requires.
    const apollo = wrapped.filter((path) => path.startsWith('node_modules/@apollo/server/'));
    expect(
      apollo.filter(
        (path) =>
          !/dist\/esm\/(plugin\/|utils\/HeaderMap\.js|internalPlugin\.js|generated\/packageVersion\.js)/.test(path),
      ),
    ).toEqual([]);
    expect(apollo).toContain('node_modules/@apollo/server/dist/esm/utils/HeaderMap.js');
  });

  it('has every build plugin find what it replaces: an upgrade that moves a patched file fails here, not silently', async () => {
    // Each plugin matches a dependency's internal file or import by path (functions/build/esbuild-plugins.mjs);
    // one whose callbacks never answer during the build replaces nothing any more.
    const applied = new Set<string>();
    const observed = lambdaPlugins.map((plugin): Plugin => ({
      name: plugin.name,
      setup: (pluginBuild) =>
        plugin.setup({
          ...pluginBuild,
          onResolve: (options, callback) =>
            pluginBuild.onResolve(options, async (args) => {
              const result = await callback(args);
              if (result) applied.add(plugin.name);
              return result;
            }),
          onLoad: (options, callback) =>
            pluginBuild.onLoad(options, async (args) => {
              const result = await callback(args);
              if (result) applied.add(plugin.name);
              return result;
            }),
        }),
    }));
    await build({
      ...lambdaBuildOptions('functions/handlers/graphql.ts', join(work, 'observed', 'index.mjs')),
      plugins: observed,
      write: false,
    });
    expect(lambdaPlugins.map((plugin) => plugin.name).filter((name) => !applied.has(name))).toEqual([]);
  });

  it('takes the AWS credentials from the environment, where Lambda puts the function role’s', async () => {
    const probeBundle = join(work, 'credentials', 'index.mjs');
    await bundle('test/support/credentials-probe.ts', probeBundle);
    const script = `const { credentials } = await import(${JSON.stringify(`file://${probeBundle}`)}); console.log(JSON.stringify(await credentials()));`;
    const { NODE_OPTIONS: _testRunner, ...inherited } = process.env;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      env: {
        ...inherited,
        AWS_ACCESS_KEY_ID: 'AKIAFROMTHEROLE',
        AWS_SECRET_ACCESS_KEY: 'secret-from-the-role',
        AWS_SESSION_TOKEN: 'session-from-the-role',
      },
    });
    expect(JSON.parse(stdout)).toMatchObject({
      accessKeyId: 'AKIAFROMTHEROLE',
      secretAccessKey: 'secret-from-the-role',
      sessionToken: 'session-from-the-role',
    });
  });
});

describe('the bundled feeds handler', () => {
  it('answers the council calendar and open data in a process of its own', async () => {
    const feedsBundle = join(work, 'feeds', 'index.mjs');
    await bundle('functions/handlers/feeds.ts', feedsBundle);
    const [calendar, services] = await inProcessOfItsOwn(
      feedsBundle,
      ['/calendar/council.ics', '/open-data/hsds/services'].map((path) => apiGatewayEvent({ method: 'GET', path })),
    );
    expect(calendar!.statusCode).toBe(200);
    expect(calendar!.body).toContain('BEGIN:VCALENDAR');
    expect(calendar!.body).toContain('TZID=Europe/Stockholm');
    expect(services!.statusCode).toBe(200);
    expect(JSON.parse(services!.body).contents.length).toBeGreaterThan(0);
  });
});
