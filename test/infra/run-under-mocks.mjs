// Runs sst.config.ts's run() for one stage under Pulumi's mocks and prints every declared resource as
// JSON: { resources: [{ type, name, inputs, provider }], outputs }. Relies on SST internals, hence SST's exact pin.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const stage = process.argv[2] ?? 'dev';
const root = path.resolve(import.meta.dirname, '../..');
const platform = path.join(root, '.sst/platform');
const require = createRequire(path.join(platform, 'package.json'));
const pulumi = require('@pulumi/pulumi');

const resources = [];
pulumi.runtime.setMocks(
  {
    newResource(args) {
      resources.push({ type: args.type, name: args.name, inputs: args.inputs, provider: args.provider });
      const id = `${args.name}-id`;
      // Outputs AWS would compute that SST's components read back.
      const computed =
        {
          'aws:rds/instance:Instance': {
            endpoint: `${args.name}.mock.rds:5432`,
            address: `${args.name}.mock.rds`,
            port: 5432,
          },
          'aws:apigatewayv2/api:Api': { apiEndpoint: `https://${id}.execute-api.eu-north-1.amazonaws.com` },
          'aws:cloudfront/distribution:Distribution': { domainName: `${id}.cloudfront.net` },
          'aws:lambda/functionUrl:FunctionUrl': { functionUrl: `https://${id}.lambda-url.eu-north-1.on.aws/` },
        }[args.type] ?? {};
      return {
        id,
        state: {
          ...args.inputs,
          id,
          arn: `arn:aws:mock:eu-north-1:123456789012:${args.name}`,
          name: args.inputs.name ?? `${args.name}-name`,
          ...computed,
        },
      };
    },
    call(args) {
      if (args.token === 'aws:index/getCallerIdentity:getCallerIdentity')
        return { accountId: '123456789012', arn: 'arn:aws:iam::123456789012:user/mock', userId: 'mock' };
      if (args.token === 'aws:index/getRegion:getRegion')
        return { name: 'eu-north-1', region: 'eu-north-1', id: 'eu-north-1' };
      if (args.token === 'aws:index/getPartition:getPartition') return { partition: 'aws', dnsSuffix: 'amazonaws.com' };
      if (args.token === 'aws:iam/getPolicyDocument:getPolicyDocument')
        return { ...args.inputs, json: JSON.stringify(args.inputs) };
      if (args.token.endsWith(':getAvailabilityZones'))
        return { names: ['eu-north-1a', 'eu-north-1b'], zoneIds: ['eun1-az1', 'eun1-az2'] };
      return { ...args.inputs };
    },
  },
  'varna',
  stage,
  false,
);

// The two calls SST's components make to the CLI during a deploy.
const built = mkdtempSync(path.join(tmpdir(), 'varna-mock-build-'));
writeFileSync(path.join(built, 'index.mjs'), 'export const handler = async () => ({});');
/** What each function asked SST's CLI to build (handler, runtime, bundling properties). */
const builds = [];
const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    const { method, id, params } = JSON.parse(body);
    if (method === 'Runtime.Build') builds.push(params?.[0] ?? null);
    const results = {
      'Provider.Aws.Bootstrap': {
        asset: 'mock-assets',
        assetEcrRegistryId: '123456789012',
        assetEcrUrl: 'mock.ecr',
        state: 'mock-state',
        appsyncHttp: 'mock',
        appsyncRealtime: 'mock',
      },
      'Runtime.Build': { handler: 'index.handler', out: built, errors: [], sourcemaps: [] },
    };
    response.setHeader('content-type', 'application/json');
    response.end(
      JSON.stringify(
        method in results
          ? { id, result: results[method], error: null }
          : { id, result: null, error: `rpc: can't find method ${method}` },
      ),
    );
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
process.env.SST_SERVER = `http://127.0.0.1:${server.address().port}`;

// Secrets as `sst secret set` would have stored them.
for (const name of ['CursorSecret', 'PayloadSecret', 'CmsJobsSecret', 'PreviewSecret'])
  process.env[`SST_SECRET_${name}`] = `mock-${name}`;

// The platform reads these globals as it loads; the app's own settings replace $app's right after.
globalThis.$app = { name: 'varna', stage, removal: 'remove', protect: false, providers: {} };
globalThis.$dev = false;
globalThis.$cli = {
  command: 'deploy',
  rpc: process.env.SST_SERVER,
  paths: { home: path.join(root, '.sst'), root, work: path.join(root, '.sst'), platform },
  state: { version: {} },
};
// Under mocks the CMS's build command (a Pulumi resource) never runs; lay out the output it would leave.
process.chdir(root);
const { layOutFakeOpenNext, removeFakeOpenNext } = await import(
  pathToFileURL(path.join(import.meta.dirname, 'fake-open-next.mjs')).href
);
layOutFakeOpenNext(path.join(root, 'cms'));
const program = await import(pathToFileURL(path.join(platform, 'varna-mock-program.mjs')).href);
const app = await program.app({ stage });
globalThis.$app = {
  name: app.name,
  stage,
  removal: app.removal ?? 'remove',
  protect: app.protect ?? false,
  providers: app.providers ?? {},
};

const { runInPulumiStack } = require('@pulumi/pulumi/runtime/stack');
const outputs = await runInPulumiStack(() => program.default());
// Let the mocked resources settle, then report: the functions' builds (the RPC above) and the applies after
// them go on after the outputs resolve, the longer the busier the machine, so wait until no resource has
// been declared for two seconds (for at most two minutes).
for (let seen = -1, quiet = 0; quiet < 2000 && performance.now() < 120_000;) {
  await new Promise((resolve) => setTimeout(resolve, 250));
  quiet = resources.length === seen ? quiet + 250 : 0;
  seen = resources.length;
}
const settled = JSON.stringify({ resources, builds, outputKeys: Object.keys(outputs ?? {}) });
server.close();
removeFakeOpenNext();
// Exit only once the whole answer is written: a pipe takes it in 64 KB pieces.
process.stdout.write(settled, () => process.exit(0));
