import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier } from '../../functions/auth/tokens.js';
import { loadConfig } from '../../functions/config.js';
import { requestFunctionNodeOptions } from '../../functions/build/node-options.js';
import { MUNICIPALITY_PARAMETER } from '../../functions/tenancy/request-tenant.js';
import { createDb, createDocumentClient } from '../../functions/data/db.js';
import { tableKeys } from '../../functions/data/table.js';
import { notificationStreamFilter } from '../../functions/notifications/stream-filter.js';
import { searchPointerStreamFilter } from '../../functions/search/stream-filter.js';
import { webhookChangeStreamFilter } from '../../functions/webhooks/stream-filter.js';
import { networkPrefix } from '../../stacks/admin-allow-list.js';
import { cachedParameters } from '../../stacks/edge-requests.js';
import { retention } from '../../stacks/retention.js';
import { unsupportedParameters } from '../../functions/open-data/parameters.js';

/**
 * The SST stacks, run offline under Pulumi's mocks (run-under-mocks.mjs) for a development and the
 * production stage; the assertions read the resources they declare. Needs `npm run infra:install`
 * (part of `npm test`).
 */
type Declared = { type: string; name: string; inputs: Record<string, any>; provider?: string };
/** What a function asked SST's CLI to build. */
type Build = { functionID: string; handler: string; runtime: string; properties: Record<string, any> };
const root = resolve(import.meta.dirname, '../..');
const declared: Record<string, Declared[]> = {};
const builds: Record<string, Build[]> = {};
/** stacks/config.ts's origins per stage (no VARNA_CORS_ORIGINS override in these runs). */
const configuredOrigins: Record<string, string[]> = {
  dev: ['http://localhost:3000', 'http://127.0.0.1:3000'],
  production: ['https://www.botkyrka.se', 'https://botwebb.botkyrka.se', 'https://foreningar.botkyrka.se'],
};

/** The admin allow-list production is deployed with in these runs (documentation networks, RFC 5737 and 3849). */
const productionAdminNetworks = ['192.0.2.0/24', '2001:db8::/32'];

/** The alarm addresses production is deployed with in these runs (VARNA_ALARM_EMAILS); the dev stage has none. */
const productionAlarmEmails = ['driftlarm@example.org', 'jour@example.org'];

/** The CMS's address production is deployed with in these runs (VARNA_CMS_URL); the dev stage has none. */
const productionCmsUrl = 'https://cms.varna.example';

/** Pulumi marks values derived from secrets with this signature key; the mocks hand them over wrapped. */
const secretSignature = '4dabf18193072939515e22adb298388d';
const unwrapSecrets = (value: any): any => {
  if (Array.isArray(value)) return value.map(unwrapSecrets);
  if (value && typeof value === 'object') {
    if (secretSignature in value) return unwrapSecrets(value.value);
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, unwrapSecrets(inner)]));
  }
  return value;
};

/**
 * Runs the stacks under mocks. SST's Nextjs component reads the CMS's `.next` build files (the browser
 * tests build theirs elsewhere, test/browser/production-build.ts); should a build be writing them
 * meanwhile (`npm run cms:build` in the same checkout), a run that caught them half-written is repeated,
 * for up to about two minutes, and a run that still fails says why.
 */
function runUnderMocks(stage: string, env: NodeJS.ProcessEnv): string {
  let lastFailure = '';
  for (let attempt = 0; attempt < 8; attempt++) {
    try {
      return execFileSync(process.execPath, ['test/infra/run-under-mocks.mjs', stage], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env,
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      lastFailure = String((error as { stderr?: string }).stderr ?? error).slice(-2000);
      execFileSync('sleep', ['15']);
    }
  }
  throw new Error(`The stacks did not run under mocks for ${stage}: ${lastFailure}`);
}

function declare(stage: string): void {
  const env = {
    ...process.env,
    VARNA_CORS_ORIGINS: '',
    VARNA_ALARM_EMAILS: stage === 'production' ? productionAlarmEmails.join(',') : '',
    VARNA_ADMIN_ALLOWED_CIDRS: stage === 'production' ? productionAdminNetworks.join(',') : '',
    VARNA_CMS_DOMAIN: '',
    VARNA_CMS_URL: stage === 'production' ? productionCmsUrl : '',
  };
  const output = runUnderMocks(stage, env);
  const run = JSON.parse(output) as { resources: Declared[]; builds: Build[] };
  declared[stage] = run.resources.map((resource) => ({ ...resource, inputs: unwrapSecrets(resource.inputs) }));
  builds[stage] = run.builds;
}

beforeAll(() => {
  execFileSync(process.execPath, ['test/infra/build-program.mjs'], { cwd: root });
  declare('dev');
  declare('production');
}, 300_000);

const entityModels = createDb(
  createDocumentClient({ tableName: 'varna-design', region: 'eu-north-1', endpoint: 'http://127.0.0.1:9' }),
  'varna-design',
);

const one = (stage: string, type: string, name?: string) => {
  const matches = declared[stage]!.filter((resource) => resource.type === type && (!name || resource.name === name));
  expect(matches, `${type} ${name ?? ''} in ${stage}`).toHaveLength(1);
  return matches[0]!.inputs;
};

/** A function the stage runs on its table stream's records that `filter` passes, and every minute by `sweepRule` (stacks/storage.ts's streamedAndSwept). */
function expectStreamedAndSwept(stage: string, functionName: string, filter: unknown, sweepRule: string) {
  const mapping = one(
    stage,
    'aws:lambda/eventSourceMapping:EventSourceMapping',
    `VarnaTableSubscriber${functionName}EventSourceMapping`,
  );
  expect(mapping.filterCriteria.filters.map((pattern: { pattern: string }) => JSON.parse(pattern.pattern))).toEqual([
    filter,
  ]);
  expect(one(stage, 'aws:cloudwatch/eventRule:EventRule', sweepRule).scheduleExpression).toBe('rate(1 minute)');
}

/** An IAM policy statement as the mocks hand over the policy documents SST's functions get. */
type Statement = {
  effect: 'Allow' | 'Deny';
  actions: string[];
  resources: string[];
  conditions?: { test: string; variable: string; values: string[] }[];
};
const policyOf = (stage: string, role: string): Statement[] =>
  (one(stage, 'aws:iam/role:Role', role).inlinePolicies ?? []).flatMap(
    (policy: { policy: string }) => JSON.parse(policy.policy).statements,
  );
/** What a role is allowed (its denials are checked on their own). */
const grantsOf = (stage: string, role: string) =>
  policyOf(stage, role).filter((statement) => statement.effect === 'Allow');
/** IAM's StringLike: `*` any run of characters, `?` any one. */
const stringLike = (pattern: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replaceAll('*', '.*')
      .replaceAll('?', '.')}$`,
  );

describe.each(['dev', 'production'])('the %s stage', (stage) => {
  it('declares the table with the keys and indexes the entities use, on demand, with PITR and TTL', () => {
    const table = one(stage, 'aws:dynamodb/table:Table');
    // What the code reads and writes, from the ElectroDB entities themselves (not the table's own key list).
    const used = new Map<string, { hashKey: string; rangeKey: string }>();
    for (const entity of Object.values(entityModels.entities)) {
      for (const index of Object.values(entity.schema.indexes) as {
        index?: string;
        pk: { field: string };
        sk: { field: string };
      }[]) {
        used.set(index.index ?? 'table', { hashKey: index.pk.field, rangeKey: index.sk.field });
      }
    }
    expect({ hashKey: table.hashKey, rangeKey: table.rangeKey }).toEqual(used.get('table'));
    used.delete('table');
    const indexes = table.globalSecondaryIndexes.map(({ name, hashKey, rangeKey, projectionType }: any) => [
      name,
      { hashKey, rangeKey, projectionType },
    ]);
    expect(Object.fromEntries(indexes)).toEqual(
      Object.fromEntries([...used].map(([name, keys]) => [name, { ...keys, projectionType: 'ALL' }])),
    );
    for (const attribute of table.attributes) expect(attribute.type).toBe('S');
    expect(table.billingMode).toBe('PAY_PER_REQUEST');
    // Restorable to any second of the last 35 days, the figure the README's privacy section cites.
    expect(table.pointInTimeRecovery).toEqual({ enabled: true, recoveryPeriodInDays: 35 });
    expect(retention.tablePointInTimeRecoveryDays).toBe(35);
    // Idempotency keys and rate counters expire through the attribute their entities write.
    expect(table.ttl).toEqual({ attributeName: 'expiresAt', enabled: true });
    expect(Object.keys(entityModels.entities.idempotencyRecord.schema.attributes)).toContain('expiresAt');
    expect(table.deletionProtectionEnabled).toBe(stage === 'production');
    // The stream the search indexer hangs on, with the view the code declares.
    expect([table.streamEnabled, table.streamViewType]).toEqual([true, tableKeys.streamViewType]);
  });

  it("sends the register's e-mail from the outbox: woken by new messages on the stream and every minute, sending only as the stage's SES identity", () => {
    // A new outbox message of any municipality (one created after the deploy too).
    const newMessages = {
      eventName: ['INSERT'],
      dynamodb: { Keys: { pk: { S: [{ prefix: '$varna#tenant_' }] }, sk: { S: ['$notification_1'] } } },
    };
    expect(notificationStreamFilter()).toEqual(newMessages);
    expect(entityModels.entities.notification.get({ tenant: 'huddinge', id: 'n-1' }).params().Key).toEqual({
      pk: '$varna#tenant_huddinge#id_n-1',
      sk: '$notification_1',
    });
    expectStreamedAndSwept(stage, 'Notifier', newMessages, 'NotifierSweepRule');
    const identity = one(stage, 'aws:sesv2/emailIdentity:EmailIdentity', 'MailIdentity');
    expect(identity.emailIdentity).toBe(
      stage === 'production' ? 'foreningsregistret@botkyrka.se' : `foreningsregistret+${stage}@botkyrka.se`,
    );
    for (const role of ['VarnaTableSubscriberNotifierFunctionRole', 'NotifierSweepHandlerRole']) {
      const statements = grantsOf(stage, role);
      const grants: [string, string | null][] = statements.flatMap((statement: any) =>
        statement.actions.flatMap((action: string) =>
          statement.resources.map((resource: string) => [action, resource]),
        ),
      );
      for (const [action, resource] of grants) {
        const readsStream =
          role.includes('Subscriber') &&
          /^dynamodb:(DescribeStream|GetRecords|GetShardIterator|ListStreams)$/.test(action);
        const onTable =
          /^dynamodb:(GetItem|Query|UpdateItem)$/.test(action) && /VarnaTableTable(\/index\/\*)?$/.test(resource ?? '');
        const sendsAsIdentity = action === 'ses:SendEmail' && /MailIdentity$/.test(resource ?? '');
        // Lambda sends a set-aside record's report to the subscription's on-failure queue as the function.
        const reportsFailures =
          role.includes('Subscriber') &&
          action === 'sqs:SendMessage' &&
          /:NotifierStreamFailuresQueue$/.test(resource ?? '');
        expect(readsStream || onTable || sendsAsIdentity || reportsFailures, `${role}: ${action} on ${resource}`).toBe(
          true,
        );
      }
      expect(grants.some(([action]) => action === 'ses:SendEmail')).toBe(true);
    }
  });

  it('anonymises training registrations daily after the retention time, with table access and nothing else', () => {
    expect(one(stage, 'aws:cloudwatch/eventRule:EventRule', 'RegistrationRetentionRule').scheduleExpression).toBe(
      'cron(0 3 * * ? *)',
    );
    const job = builds[stage]!.find((build) => build.handler === 'functions/handlers/registration-retention.handler');
    expect(job?.runtime).toBe('nodejs24.x');
    const retention = one(stage, 'aws:lambda/function:Function', 'RegistrationRetentionHandlerFunction');
    expect(retention.environment.variables.VARNA_REGISTRATION_RETENTION_MONTHS).toBe('24');
    expect(retention.environment.variables.VARNA_REGISTER_REJECTED_RETENTION_MONTHS).toBe('6');
    expect(retention.environment.variables.VARNA_REGISTER_REDACTION_MONTHS).toBe('24');
    const statements = grantsOf(stage, 'RegistrationRetentionHandlerRole');
    for (const statement of statements)
      for (const action of statement.actions as string[])
        for (const resource of statement.resources as string[])
          expect(
            /^dynamodb:(GetItem|BatchGetItem|Query|PutItem|DeleteItem|UpdateItem)$/.test(action) &&
              /VarnaTableTable(\/index\/\*)?$/.test(resource),
            `${action} on ${resource}`,
          ).toBe(true);
  });

  it('writes the training reminders hourly, reading and adding to the table and nothing else', () => {
    expect(one(stage, 'aws:cloudwatch/eventRule:EventRule', 'TrainingRemindersRule').scheduleExpression).toBe(
      'rate(1 hour)',
    );
    const job = builds[stage]!.find((build) => build.handler === 'functions/handlers/training-reminders.handler');
    expect(job?.runtime).toBe('nodejs24.x');
    const allowed = grantsOf(stage, 'TrainingRemindersHandlerRole');
    expect(allowed.length).toBeGreaterThan(0);
    for (const statement of allowed)
      for (const action of statement.actions as string[])
        for (const resource of statement.resources as string[])
          expect(
            /^dynamodb:(GetItem|Query|PutItem)$/.test(action) && /VarnaTableTable(\/index\/\*)?$/.test(resource),
            `${action} on ${resource}`,
          ).toBe(true);
  });

  it('wakes the search indexer on the table stream only for the search pointer, and lets it write only on the table', () => {
    const indexer = one(stage, 'aws:lambda/function:Function', 'VarnaTableSubscriberSearchIndexerFunctionFunction');
    expect([indexer.runtime, indexer.memorySize, indexer.timeout]).toEqual(['nodejs24.x', 2048, 120]);
    expect(
      builds[stage]!.find((build) => build.functionID === 'VarnaTableSubscriberSearchIndexerFunction')?.handler,
    ).toBe('functions/handlers/search-indexer.handler');
    const mapping = one(
      stage,
      'aws:lambda/eventSourceMapping:EventSourceMapping',
      'VarnaTableSubscriberSearchIndexerEventSourceMapping',
    );
    // Every municipality's pointer, one created after the deploy too: the partition key up to the tenant, the sort key exactly.
    expect(mapping.filterCriteria.filters.map((filter: { pattern: string }) => JSON.parse(filter.pattern))).toEqual([
      { dynamodb: { Keys: { pk: { S: [{ prefix: '$varna#tenant_' }] }, sk: { S: ['$searchversion_1'] } } } },
    ]);
    expect(searchPointerStreamFilter()).toEqual(JSON.parse(mapping.filterCriteria.filters[0].pattern));
    // The pattern is the very keys ElectroDB writes a pointer under, whichever the municipality.
    for (const tenant of ['botkyrka', 'huddinge']) {
      const { Key } = entityModels.entities.searchVersion.get({ tenant }).params();
      expect([Key.pk, Key.sk]).toEqual([`$varna#tenant_${tenant}`, '$searchversion_1']);
    }
    expect(mapping).toMatchObject({
      startingPosition: 'LATEST',
      maximumBatchingWindowInSeconds: 1,
      maximumRetryAttempts: 5,
    });
    const statements = grantsOf(stage, 'VarnaTableSubscriberSearchIndexerFunctionRole');
    const grants: [string, string | null][] = statements.flatMap((statement: any) =>
      statement.actions.flatMap((action: string) => statement.resources.map((resource: string) => [action, resource])),
    );
    for (const [action, resource] of grants) {
      const readsStream = /^dynamodb:(DescribeStream|GetRecords|GetShardIterator|ListStreams)$/.test(action);
      const onTable =
        /^dynamodb:(GetItem|Query|BatchWriteItem|UpdateItem)$/.test(action) &&
        /VarnaTableTable(\/index\/\*)?$/.test(resource ?? '');
      const reportsFailures = action === 'sqs:SendMessage' && /:SearchIndexerStreamFailuresQueue$/.test(resource ?? '');
      expect(readsStream || onTable || reportsFailures, `${action} on ${resource}`).toBe(true);
    }
  });

  it('runs the GraphQL handler on Node 24 with 1024 MB and 10 s, allowed only item operations on the table and reading media objects', () => {
    const graphql = one(stage, 'aws:lambda/function:Function', 'GraphqlFunction');
    expect([graphql.runtime, graphql.memorySize, graphql.timeout]).toEqual(['nodejs24.x', 1024, 10]);
    const statements = grantsOf(stage, 'GraphqlRole');
    const grants: [string, string][] = statements.flatMap((statement: any) =>
      statement.actions.flatMap((action: string) => statement.resources.map((resource: string) => [action, resource])),
    );
    expect(grants.length).toBeGreaterThan(0);
    for (const [action, resource] of grants) {
      const onTable =
        /^dynamodb:(GetItem|BatchGetItem|Query|PutItem|UpdateItem|DeleteItem|ConditionCheckItem)$/.test(action) &&
        /VarnaTableTable(\/index\/\*)?$/.test(resource);
      // The minutes' short-lived links are presigned with the function's role: it reads objects, nothing more.
      const readsMedia = action === 's3:GetObject' && /MediaBucket\/\*$/.test(resource);
      expect(onTable || readsMedia, `${action} on ${resource}`).toBe(true);
    }
    expect(grants.some(([action]) => action === 's3:GetObject')).toBe(true);
  });

  it('keeps the register’s audit trail append-only for every role that reaches the table: no update or delete, puts only by the API', () => {
    // The audit records' real partition key, and those of the entities beside them in the table.
    const decision = entityModels.entities.registerDecision
      .put({
        tenant: 'botkyrka',
        associationId: 'assoc-1',
        at: '2026-01-01T00:00:00Z',
        id: 'd1',
        action: 'ASSOCIATION_APPROVED',
        actorSubject: 'mod',
        actorRole: 'MODERATOR',
        toStatus: 'APPROVED',
      })
      .params().Item.pk;
    expect(decision).toBe('$varna#tenant_botkyrka#associationid_assoc-1');
    const neighbours: string[] = [
      entityModels.entities.association.get({ tenant: 'botkyrka', id: 'assoc-1' }).params().Key.pk,
      entityModels.entities.activity.get({ tenant: 'botkyrka', id: 'act-1' }).params().Key.pk,
      entityModels.entities.notification.get({ tenant: 'botkyrka', id: 'n-1' }).params().Key.pk,
      entityModels.entities.trainingRegistration.query
        .byTraining({ tenant: 'botkyrka', trainingKey: 'assoc-1' })
        .params().ExpressionAttributeValues[':pk'],
      entityModels.entities.webhookChange.get({ tenant: 'botkyrka', id: 'assoc-1' }).params().Key.pk,
    ];
    // The table partition keys of every entity: only the register's decisions have associationId in theirs.
    const tablePartitions = Object.entries(entityModels.entities).flatMap(([name, entity]) =>
      (Object.values(entity.schema.indexes) as { index?: string; pk: { composite: string[] } }[])
        .filter((index) => !index.index)
        .map((index) => [name, index.pk.composite.join(',')]),
    );
    expect(tablePartitions.filter(([, composite]) => composite!.includes('associationId'))).toEqual([
      ['registerDecision', 'tenant,associationId'],
    ]);

    const roles = declared[stage]!.filter(
      (resource) =>
        resource.type === 'aws:iam/role:Role' &&
        grantsOf(stage, resource.name).some((statement) =>
          statement.actions.some((action) => action.startsWith('dynamodb:') && !/Stream|Shard/.test(action)),
        ),
    );
    expect(roles.map((role) => role.name)).toEqual(
      expect.arrayContaining([
        'GraphqlRole',
        'FeedsRole',
        'RegistrationRetentionHandlerRole',
        'TrainingRemindersHandlerRole',
        'NotifierSweepHandlerRole',
        'WebhookSweepHandlerRole',
      ]),
    );
    expect(roles.some((role) => role.name.startsWith('CmsServer'))).toBe(true);
    for (const { name: role } of roles) {
      const denied = new Set<string>();
      for (const statement of policyOf(stage, role).filter((candidate) => candidate.effect === 'Deny')) {
        const [condition, ...others] = statement.conditions ?? [];
        expect(others, role).toEqual([]);
        expect([condition?.test, condition?.variable], role).toEqual([
          'ForAnyValue:StringLike',
          'dynamodb:LeadingKeys',
        ]);
        // It catches the audit records and nothing beside them.
        expect(
          condition!.values.some((pattern) => stringLike(pattern).test(decision)),
          role,
        ).toBe(true);
        for (const other of neighbours)
          expect(
            condition!.values.some((pattern) => stringLike(pattern).test(other)),
            `${role}: ${other}`,
          ).toBe(false);
        expect(
          statement.resources.every((resource) => /VarnaTableTable$/.test(resource)),
          role,
        ).toBe(true);
        for (const action of statement.actions) denied.add(action);
      }
      // The registrations' retention job alone may update old records (to blank their reasons); only the API (with the CMS, sharing its link) may add them.
      const redacts = role === 'RegistrationRetentionHandlerRole';
      const appends = role === 'GraphqlRole' || role.startsWith('CmsServer');
      expect([...denied].sort(), role).toEqual(
        [
          'dynamodb:BatchWriteItem',
          'dynamodb:DeleteItem',
          ...(appends ? [] : ['dynamodb:PutItem']),
          ...(redacts ? [] : ['dynamodb:UpdateItem']),
        ].sort(),
      );
    }
  });

  it('routes /graphql to the GraphQL function, and the calendars and open data beside it to the feeds function', () => {
    const routes = declared[stage]!.filter((resource) => resource.type === 'aws:apigatewayv2/route:Route');
    const targetOf = (routeKey: string) => routes.find((route) => route.inputs.routeKey === routeKey)?.inputs.target;
    const integrationOf = (routeKey: string) =>
      declared[stage]!.find(
        (resource) =>
          resource.type === 'aws:apigatewayv2/integration:Integration' && targetOf(routeKey)?.includes(resource.name),
      );
    expect(routes.map((route) => route.inputs.routeKey)).toEqual(
      expect.arrayContaining(['ANY /graphql', 'GET /calendar/{proxy+}', 'GET /open-data/{proxy+}']),
    );
    expect(integrationOf('ANY /graphql')?.inputs.integrationUri).toContain('GraphqlFunction');
    for (const feed of ['GET /calendar/{proxy+}', 'GET /open-data/{proxy+}'])
      expect(integrationOf(feed)?.inputs.integrationUri).toContain('FeedsFunction');
  });

  it('runs the functions that answer requests with the Node options the bench measures (source maps, a 16 MB young generation)', () => {
    for (const name of ['GraphqlFunction', 'FeedsFunction'])
      expect(one(stage, 'aws:lambda/function:Function', name).environment.variables.NODE_OPTIONS, name).toBe(
        requestFunctionNodeOptions,
      );
    expect(requestFunctionNodeOptions).toContain('--max-semi-space-size=16');
  });

  it('lets the feeds function read the table and note a calendar link’s last use, nothing else', () => {
    const feeds = one(stage, 'aws:lambda/function:Function', 'FeedsFunction');
    expect([feeds.runtime, feeds.handler]).toEqual(['nodejs24.x', 'index.handler']);
    const statements = grantsOf(stage, 'FeedsRole');
    const actions: string[] = statements.flatMap((statement: any) => statement.actions);
    expect(actions.sort()).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:GetItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
    ]);
  });

  it('puts CloudFront in front of the API: anonymous GETs cached, Authorization in the key, Origin Shield in Stockholm', () => {
    const policy = one(stage, 'aws:cloudfront/cachePolicy:CachePolicy', 'ApiCachePolicy');
    const key = policy.parametersInCacheKeyAndForwardedToOrigin;
    expect(key.headersConfig.headers.items).toContain('Authorization');
    // A draft preview's token keys the cache too: a preview never meets the public's cached answer.
    expect(key.headersConfig.headers.items).toContain('X-Varna-Preview');
    expect(key.cookiesConfig.cookieBehavior).toBe('none');
    // The API's Cache-Control decides (five seconds for anonymous answers); nothing without it is kept.
    expect([policy.minTtl, policy.defaultTtl, policy.maxTtl]).toEqual([0, 0, 60]);
    const distribution = one(stage, 'aws:cloudfront/distribution:Distribution', 'ApiEdgeDistribution');
    const [origin] = distribution.origins;
    expect(origin.originShield).toEqual({ enabled: true, originShieldRegion: 'eu-north-1' });
    expect(origin.customOriginConfig.originProtocolPolicy).toBe('https-only');
    const behavior = distribution.defaultCacheBehavior;
    expect(behavior.cachedMethods).toEqual(['GET', 'HEAD']);
    expect(behavior.allowedMethods).toContain('POST');
    expect(behavior.viewerProtocolPolicy).toBe('redirect-to-https');
    expect(behavior.targetOriginId).toBe(origin.originId);
  });

  it('keys the edge’s cache only on the parameters the API reads, per route, so a made-up parameter cannot bypass it', () => {
    const distribution = one(stage, 'aws:cloudfront/distribution:Distribution', 'ApiEdgeDistribution');
    const policyNamed = (id: string) =>
      one(stage, 'aws:cloudfront/cachePolicy:CachePolicy', id.replace(/-id$/, ''))
        .parametersInCacheKeyAndForwardedToOrigin;
    const behaviors: Record<string, any> = Object.fromEntries([
      ['graphql', distribution.defaultCacheBehavior],
      ...distribution.orderedCacheBehaviors.map((behavior: any) => [
        { '/calendar/*': 'calendar', '/open-data/*': 'openData' }[behavior.pathPattern as string],
        behavior,
      ]),
    ]);
    expect(Object.keys(behaviors).sort()).toEqual(['calendar', 'graphql', 'openData']);
    for (const [route, behavior] of Object.entries(behaviors)) {
      const { queryStringsConfig } = policyNamed(behavior.cachePolicyId);
      expect(queryStringsConfig, route).toEqual({
        queryStringBehavior: 'whitelist',
        queryStrings: { items: [...cachedParameters[route as keyof typeof cachedParameters]] },
      });
      expect(behavior.targetOriginId).toBe('api');
    }
    // Nothing else reaches the API either: the origin request policy forwards no query string of its own.
    const forwarded = one(stage, 'aws:cloudfront/originRequestPolicy:OriginRequestPolicy', 'ApiOriginRequestPolicy');
    expect(forwarded.queryStringsConfig.queryStringBehavior).toBe('none');
    // The lists are what the code reads: Apollo's GET parameters, and each feed's own (read from their source), and
    // on every route the municipality a request names, so that one municipality's answer never serves another's.
    expect(cachedParameters.graphql).toEqual([
      'query',
      'operationName',
      'variables',
      'extensions',
      MUNICIPALITY_PARAMETER,
    ]);
    for (const parameters of Object.values(cachedParameters)) expect(parameters).toContain(MUNICIPALITY_PARAMETER);
    const readIn = (...files: string[]) =>
      new Set(
        files.flatMap((file) =>
          [
            ...readFileSync(resolve(root, file), 'utf8').matchAll(
              /(?:query\.get|positiveInteger\(query,)\s*\(?'([A-Za-z_]+)'/g,
            ),
          ].map((match) => match[1]!),
        ),
      );
    expect(
      new Set([...readIn('functions/calendar/http.ts', 'functions/server/read-route.ts'), MUNICIPALITY_PARAMETER]),
    ).toEqual(new Set(cachedParameters.calendar));
    expect(
      new Set([
        ...readIn('functions/open-data/http.ts', 'functions/server/read-route.ts'),
        ...unsupportedParameters,
        MUNICIPALITY_PARAMETER,
      ]),
    ).toEqual(new Set(cachedParameters.openData));
  });

  it('keys the edge’s cache on the caller’s Origin, keeping only the stage’s CORS origins, so one frontend’s answer never reaches another', () => {
    const distribution = one(stage, 'aws:cloudfront/distribution:Distribution', 'ApiEdgeDistribution');
    const filter = declared[stage]!.find(
      (resource) => resource.type === 'aws:cloudfront/function:Function' && resource.name === 'ApiOriginFilter',
    )!;
    for (const behavior of [distribution.defaultCacheBehavior, ...distribution.orderedCacheBehaviors]) {
      const key = one(
        stage,
        'aws:cloudfront/cachePolicy:CachePolicy',
        behavior.cachePolicyId.replace(/-id$/, ''),
      ).parametersInCacheKeyAndForwardedToOrigin;
      expect(key.headersConfig.headers.items).toContain('Origin');
      expect(behavior.functionAssociations).toEqual([
        { eventType: 'viewer-request', functionArn: `arn:aws:mock:eu-north-1:123456789012:${filter.name}` },
      ]);
    }
    expect(
      one(stage, 'aws:cloudfront/originRequestPolicy:OriginRequestPolicy', 'ApiOriginRequestPolicy').headersConfig
        .headers.items,
    ).not.toContain('Origin');
    expect(filter.inputs.runtime).toBe('cloudfront-js-2.0');
    // The function as CloudFront runs it: an allowed origin stays, a made-up one goes (one entry for all of them).
    const run = new Function('event', `${filter.inputs.code}\nreturn handler(event);`) as (event: unknown) => {
      headers: Record<string, { value: string }>;
    };
    const viewer = (origin?: string) =>
      run({ request: { method: 'GET', uri: '/graphql', headers: origin ? { origin: { value: origin } } : {} } }).headers
        .origin?.value;
    for (const allowed of configuredOrigins[stage]!) expect(viewer(allowed)).toBe(allowed);
    for (const other of [
      'https://evil.example',
      'https://www.botkyrka.se.evil.example',
      'null',
      `random-${Math.random()}`,
    ])
      expect(viewer(other), other).toBeUndefined();
    expect(viewer()).toBeUndefined();
  });

  it('limits each client address at the edge with a WAF in us-east-1: 429 past the stage’s limit, and AWS’s managed lists of bad addresses and inputs', () => {
    const firewall = declared[stage]!.find((resource) => resource.type === 'aws:wafv2/webAcl:WebAcl')!;
    const provider = declared[stage]!.find(
      (resource) => resource.type === 'pulumi:providers:aws' && firewall.provider?.includes(`::${resource.name}::`),
    );
    expect(provider?.inputs.region).toBe('us-east-1');
    expect(firewall.inputs).toMatchObject({ scope: 'CLOUDFRONT', defaultAction: { allow: {} } });
    expect(one(stage, 'aws:cloudfront/distribution:Distribution', 'ApiEdgeDistribution').webAclId).toBe(
      `arn:aws:mock:eu-north-1:123456789012:${firewall.name}`,
    );
    const [rate, ...managed] = [...firewall.inputs.rules].sort((a: any, b: any) => a.priority - b.priority);
    const { scopeDownStatement, ...limit } = rate.statement.rateBasedStatement;
    expect(limit).toEqual({
      aggregateKeyType: 'IP',
      limit: stage === 'production' ? 3000 : 1000,
      evaluationWindowSec: 300,
    });
    // Staff behind the municipality's NAT share an address: its networks are not limited per address.
    const exempt = declared[stage]!.filter((resource) => resource.type === 'aws:wafv2/ipSet:IpSet').flatMap(
      (set) => set.inputs.addresses,
    );
    expect(exempt.sort()).toEqual(stage === 'production' ? [...productionAdminNetworks].sort() : []);
    if (stage === 'production')
      expect(JSON.stringify(scopeDownStatement)).toMatch(/notStatement.*orStatement.*ipSetReferenceStatement/);
    else expect(scopeDownStatement).toBeUndefined();
    // Nothing of a request is kept as a sample (URIs hold calendar secrets, headers tokens).
    for (const rule of [...firewall.inputs.rules, firewall.inputs])
      expect(rule.visibilityConfig.sampledRequestsEnabled).toBe(false);
    expect(rate.action).toEqual({ block: { customResponse: { responseCode: 429 } } });
    expect(
      managed.map((rule: any) => [
        rule.statement.managedRuleGroupStatement.vendorName,
        rule.statement.managedRuleGroupStatement.name,
        rule.overrideAction,
      ]),
    ).toEqual([
      ['AWS', 'AWSManagedRulesAmazonIpReputationList', { none: {} }],
      ['AWS', 'AWSManagedRulesKnownBadInputsRuleSet', { none: {} }],
    ]);
  });

  it('runs the webhook sender on the stream’s new changes and every minute, writing deliveries and nothing else', () => {
    // A new change of any municipality (one created after the deploy too).
    const newChanges = {
      eventName: ['INSERT'],
      dynamodb: { Keys: { pk: { S: [{ prefix: '$varna#tenant_' }] }, sk: { S: ['$webhookchange_1'] } } },
    };
    expect(webhookChangeStreamFilter()).toEqual(newChanges);
    expectStreamedAndSwept(stage, 'WebhookSender', newChanges, 'WebhookSweepRule');
    for (const role of ['VarnaTableSubscriberWebhookSenderFunctionRole', 'WebhookSweepHandlerRole']) {
      const statements = grantsOf(stage, role);
      const actions: string[] = statements.flatMap((statement: any) => statement.actions);
      expect(actions).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:UpdateItem']));
      expect(actions.filter((action) => /^dynamodb:(Delete|BatchWrite|Scan)/.test(action))).toEqual([]);
    }
  });

  it('runs the CMS admin on Lambda in the VPC, its job queue run by a cron every minute rather than by timers inside the Lambda', () => {
    const server = one(stage, 'aws:lambda/function:Function', 'CmsServerEunorth1Function');
    expect(server.environment.variables).toMatchObject({
      CMS_AUTORUN_JOBS: 'false',
      CMS_SYNC_AFTER_RESPONSE: 'true',
      VARNA_STAGE: stage,
    });
    expect(server.vpcConfig.subnetIds.every((subnet: string) => subnet.startsWith('VpcPrivateSubnet'))).toBe(true);
    expect(one(stage, 'aws:cloudwatch/eventRule:EventRule', 'CmsJobsRule').scheduleExpression).toBe('rate(1 minute)');
  });

  it('has the job runner invoke the admin’s server function itself, past the admin’s CloudFront and its allow-list, allowed nothing else', () => {
    const runner = one(stage, 'aws:lambda/function:Function', 'CmsJobsHandlerFunction');
    expect(builds[stage]!.find((build) => build.functionID === 'CmsJobsHandler')?.handler).toBe(
      'functions/handlers/cms-jobs.handler',
    );
    // No address to call: the admin's CloudFront serves only the municipality's networks in production.
    expect(runner.environment?.variables?.CMS_URL).toBeUndefined();
    const server = one(stage, 'aws:lambda/function:Function', 'CmsServerEunorth1Function');
    const link = one(stage, 'sst:sst:LinkRef', 'CmsServerLinkRef');
    expect(link.properties.name).toBe(server.name);
    expect(link.properties.host).toBe('cmscdndistribution-id.cloudfront.net');
    const grants = grantsOf(stage, 'CmsJobsHandlerRole').flatMap((statement) =>
      statement.actions.flatMap((action) => statement.resources.map((resource) => [action, resource])),
    );
    expect(grants).toEqual([
      ['lambda:InvokeFunction', 'arn:aws:mock:eu-north-1:123456789012:CmsServerEunorth1Function'],
    ]);
    // Payload still asks for the jobs secret: the runner has it, the admin checks it.
    expect(one(stage, 'sst:sst:LinkRef', 'CmsJobsSecretLinkRef').properties.value).toBe('mock-CmsJobsSecret');
  });

  it('shares the draft preview secret between the CMS (which signs links) and the API (which verifies them), and points previews at the stage’s frontends', () => {
    expect(one(stage, 'sst:sst:LinkRef', 'PreviewSecretLinkRef').properties.value).toBe('mock-PreviewSecret');
    const variables = one(stage, 'aws:lambda/function:Function', 'CmsServerEunorth1Function').environment.variables;
    if (stage === 'production')
      expect([variables.VARNA_WEB_URL, variables.VARNA_INTRANET_URL]).toEqual([
        'https://www.botkyrka.se',
        'https://botwebb.botkyrka.se',
      ]);
    else expect(variables.VARNA_WEB_URL).toMatch(/^http:\/\/localhost:/);
  });

  it("gives the CMS admin its public address where the stage has one, and no function or the admin a local run's flag", () => {
    const server = one(stage, 'aws:lambda/function:Function', 'CmsServerEunorth1Function');
    if (stage === 'production') expect(server.environment.variables.VARNA_CMS_URL).toBe(productionCmsUrl);
    else expect(server.environment.variables).not.toHaveProperty('VARNA_CMS_URL');
    // VARNA_LOCAL opens the dev issuer, local file links and first-register: nothing deployed may carry it.
    const functions = declared[stage]!.filter((resource) => resource.type === 'aws:lambda/function:Function');
    expect(functions.length).toBeGreaterThan(5);
    for (const deployed of functions)
      expect(deployed.inputs.environment?.variables ?? {}, deployed.name).not.toHaveProperty('VARNA_LOCAL');
  });

  it('bundles the GraphQL handler with the esbuild plugins that `npm run build` and the bench use', async () => {
    const graphqlBuild = builds[stage]!.find((build) => build.functionID === 'Graphql');
    expect(graphqlBuild).toMatchObject({
      handler: 'functions/handlers/graphql.handler',
      runtime: 'nodejs24.x',
      properties: { plugins: './functions/build/esbuild-plugins.mjs' },
    });
    const plugins = (await import(pathToFileURL(resolve(root, graphqlBuild!.properties.plugins)).href)).default as {
      name: string;
    }[];
    expect(plugins.map((plugin) => plugin.name)).toEqual([
      'single-esm-copies',
      'electrodb-sdk-from-the-bundle',
      'graphql-version-probe',
      'schema-built-ahead',
      'without-graphos-plugins',
      'node-crypto-hash',
      'models-checked-in-tests',
      'lambda-credentials',
      'without-event-streams',
    ]);
  });

  it.each([
    ['SearchIndexer', 'SearchIndexerStreamFailuresAlarm', { maximumRetryAttempts: 5, maximumRecordAgeInSeconds: 3600 }],
    ['Notifier', 'NotifierStreamFailuresAlarm', { maximumRetryAttempts: 5, maximumRecordAgeInSeconds: 3600 }],
    ['WebhookSender', 'WebhookStreamFailuresAlarm', { maximumRetryAttempts: 50, maximumRecordAgeInSeconds: 21600 }],
  ])(
    'never lets a record stall the %s’s shard: partial batch failures, bisection, bounded retries, then its own encrypted queue, watched by an alarm',
    (name, alarmName, retries) => {
      const mapping = one(
        stage,
        'aws:lambda/eventSourceMapping:EventSourceMapping',
        `VarnaTableSubscriber${name}EventSourceMapping`,
      );
      const queue = one(stage, 'aws:sqs/queue:Queue', `${name}StreamFailuresQueue`);
      const queueArn = `arn:aws:mock:eu-north-1:123456789012:${name}StreamFailuresQueue`;
      expect(mapping).toMatchObject({
        functionResponseTypes: ['ReportBatchItemFailures'],
        bisectBatchOnFunctionError: true,
        ...retries,
        destinationConfig: { onFailure: { destinationArn: queueArn } },
      });
      // Bounded: Lambda's default (-1) would retry a poison record until the stream drops it a day later.
      expect(mapping.maximumRetryAttempts).toBeGreaterThan(0);
      expect(mapping.maximumRecordAgeInSeconds).toBeLessThan(24 * 60 * 60);
      expect(queue).toMatchObject({ sqsManagedSseEnabled: true, messageRetentionSeconds: 14 * 24 * 60 * 60 });
      // Lambda sends the failure report as the function: its role may send to this queue and no other.
      const sends = grantsOf(stage, `VarnaTableSubscriber${name}FunctionRole`).filter((statement) =>
        statement.actions.some((action) => action.startsWith('sqs:')),
      );
      expect(sends.map((statement) => [statement.actions, statement.resources])).toEqual([
        [['sqs:SendMessage'], [queueArn]],
      ]);
      const alarm = one(stage, 'aws:cloudwatch/metricAlarm:MetricAlarm', alarmName);
      expect(alarm).toMatchObject({
        namespace: 'AWS/SQS',
        metricName: 'ApproximateNumberOfMessagesVisible',
        dimensions: { QueueName: queue.name ?? expect.any(String) },
        threshold: 0,
        comparisonOperator: 'GreaterThanThreshold',
        alarmActions: [expect.stringMatching(/:AlarmsTopic$/)],
      });
    },
  );

  it('keeps the media bucket private, versioned and encrypted', () => {
    const bucket = one(stage, 'aws:s3/bucket:Bucket', 'MediaBucket');
    expect(bucket.serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault.sseAlgorithm).toBe(
      'AES256',
    );
    expect(
      one(stage, 'aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock', 'MediaPublicAccessBlock'),
    ).toMatchObject({
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    expect(one(stage, 'aws:s3/bucketVersioning:BucketVersioning').versioningConfiguration.status).toBe('Enabled');
  });

  it('expires the media bucket’s replaced and deleted versions after 35 days (as far back as the backups reach), and unfinished uploads after a day', () => {
    const bucket = declared[stage]!.find((resource) => resource.name === 'MediaBucket')!;
    const lifecycle = one(stage, 'aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration', 'MediaLifecycle');
    expect(lifecycle.bucket).toBe(bucket.inputs.bucket);
    const enabled = lifecycle.rules.filter((rule: any) => rule.status === 'Enabled');
    // Every object: no prefix or tag narrows the rules that delete.
    for (const rule of enabled) expect(rule.filter ?? { prefix: '' }).toEqual({ prefix: '' });
    const noncurrentDays = enabled.map((rule: any) => rule.noncurrentVersionExpiration?.noncurrentDays).filter(Boolean);
    expect(noncurrentDays).toEqual([35]);
    // A restore to any moment the table's and the CMS database's backups reach finds the files its documents name.
    expect(retention.mediaNoncurrentVersionDays).toBe(retention.tablePointInTimeRecoveryDays);
    expect(retention.mediaNoncurrentVersionDays).toBe(retention.cmsDatabaseBackupDays);
    expect(enabled.some((rule: any) => rule.expiration?.expiredObjectDeleteMarker === true)).toBe(true);
    expect(
      enabled.map((rule: any) => rule.abortIncompleteMultipartUpload?.daysAfterInitiation).filter(Boolean),
    ).toEqual([retention.mediaIncompleteUploadDays]);
  });

  it('keeps PostgreSQL out of public reach, inside the VPC', () => {
    const database = one(stage, 'aws:rds/instance:Instance');
    expect(database.publiclyAccessible ?? false).toBe(false);
    expect(database.dbSubnetGroupName).toBeTruthy();
    expect(database.multiAz ?? false).toBe(stage === 'production');
    // How long a backup keeps what was erased: the README's privacy section cites it.
    expect(database.backupRetentionPeriod).toBe(retention.cmsDatabaseBackupDays);
  });

  it('backs the CMS database up for 35 days, as far back as the table, at night, and keeps production’s past a removal', () => {
    const database = one(stage, 'aws:rds/instance:Instance');
    expect(retention.cmsDatabaseBackupDays).toBe(35);
    expect(retention.cmsDatabaseBackupDays).toBe(retention.tablePointInTimeRecoveryDays);
    expect(database).toMatchObject({
      backupRetentionPeriod: 35,
      backupWindow: '01:00-01:30',
      maintenanceWindow: 'sun:02:00-sun:02:30',
      copyTagsToSnapshot: true,
      storageEncrypted: true,
    });
    const production = stage === 'production';
    expect(database.deletionProtection).toBe(production);
    expect(database.skipFinalSnapshot).toBe(!production);
    expect(database.finalSnapshotIdentifier).toBe(production ? 'varna-production-cms-final' : undefined);
    expect(database.deleteAutomatedBackups).toBe(!production);
  });

  it('allows CORS only from the origins stacks/config.ts gives the stage', () => {
    expect(one(stage, 'aws:apigatewayv2/api:Api').corsConfiguration.allowOrigins).toEqual(configuredOrigins[stage]);
  });

  it('throttles the API and keeps access logs', () => {
    const apiStage = one(stage, 'aws:apigatewayv2/stage:Stage');
    expect(apiStage.defaultRouteSettings.throttlingRateLimit).toBeGreaterThan(0);
    expect(apiStage.accessLogSettings.destinationArn).toBeTruthy();
  });

  it('keeps no calendar secret in the API’s access log, and the log only 30 days', () => {
    const { destinationArn, format } = one(stage, 'aws:apigatewayv2/stage:Stage').accessLogSettings;
    // A staff feed's path is its secret (/calendar/staff/<secret>.ics): the log names the route it took instead.
    expect(format).toContain('$context.routeKey');
    const variables: string[] = format.match(/\$context\.[A-Za-z.]+/g);
    for (const variable of variables)
      expect(variable, variable).not.toMatch(
        /^\$context\.(path|resourcePath|domainPrefix|identity\.userAgent|requestOverride|responseOverride|authorizer)/,
      );
    expect(format).not.toMatch(/\$(input|request|method)\./);
    // One JSON object per request once API Gateway fills in the variables.
    expect(JSON.parse(format.replaceAll(/\$context\.[A-Za-z.]+/g, '0'))).toHaveProperty('routeKey');
    const logGroup = one(stage, 'aws:cloudwatch/logGroup:LogGroup', 'ApiAccessLog');
    expect(destinationArn).toContain('ApiAccessLog');
    expect(logGroup.retentionInDays).toBe(30);
    expect(retention.apiAccessLogDays).toBe(30);
  });

  it('declares every alarm, each notifying the alarm topic', () => {
    const alarms = declared[stage]!.filter((resource) => resource.type === 'aws:cloudwatch/metricAlarm:MetricAlarm');
    expect(alarms.map((alarm) => alarm.name).sort()).toEqual([
      'Api5xxAlarm',
      'CmsJobsErrorsAlarm',
      'CmsJobsSilentAlarm',
      'FailedPublishJobsAlarm',
      'FeedsErrorsAlarm',
      'GraphqlErrorsAlarm',
      'GraphqlThrottlesAlarm',
      'NotifierErrorsAlarm',
      'NotifierStreamFailuresAlarm',
      'NotifierSweepErrorsAlarm',
      'SearchIndexerErrorsAlarm',
      'SearchIndexerStreamFailuresAlarm',
      'WebhookStreamFailuresAlarm',
    ]);
    for (const alarm of alarms) expect(alarm.inputs.alarmActions).toHaveLength(1);
  });

  it("e-mails the alarm topic to the stage's addresses, as SNS e-mail subscriptions (no function is built for them)", () => {
    const subscriptions = declared[stage]!.filter(
      (resource) =>
        resource.type === 'aws:sns/topicSubscription:TopicSubscription' && resource.name.startsWith('AlarmEmail'),
    );
    expect(subscriptions.map(({ inputs }) => [inputs.protocol, inputs.endpoint])).toEqual(
      (stage === 'production' ? productionAlarmEmails : []).map((email) => ['email', email]),
    );
    for (const { inputs } of subscriptions) expect(inputs.topic).toMatch(/:AlarmsTopic$/);
    expect(builds[stage]!.filter((build) => build.handler.includes('@'))).toEqual([]);
  });

  it('watches the CMS job runner: its errors, and its silence (no completed run in ten minutes counts as an alarm)', () => {
    const runner = one(stage, 'aws:lambda/function:Function', 'CmsJobsHandlerFunction');
    const errors = one(stage, 'aws:cloudwatch/metricAlarm:MetricAlarm', 'CmsJobsErrorsAlarm');
    expect(errors).toMatchObject({
      namespace: 'AWS/Lambda',
      metricName: 'Errors',
      dimensions: { FunctionName: runner.name },
      treatMissingData: 'notBreaching',
    });
    const silent = one(stage, 'aws:cloudwatch/metricAlarm:MetricAlarm', 'CmsJobsSilentAlarm');
    expect(silent).toMatchObject({
      comparisonOperator: 'LessThanThreshold',
      threshold: 1,
      treatMissingData: 'breaching',
    });
    const metrics = silent.metricQueries.filter((query: any) => query.metric).map((query: any) => query.metric);
    expect(metrics.map((metric: any) => [metric.metricName, metric.dimensions.FunctionName, metric.period])).toEqual([
      ['Invocations', runner.name, 600],
      ['Errors', runner.name, 600],
    ]);
  });

  it('trusts association accounts as associations only, and staff roles only from the staff issuer', () => {
    const issuers = JSON.parse(
      one(stage, 'aws:lambda/function:Function', 'GraphqlFunction').environment.variables.VARNA_AUTH_ISSUERS,
    );
    const pool = issuers.find((issuer: any) =>
      issuer.issuer.startsWith('https://cognito-idp.eu-north-1.amazonaws.com/'),
    );
    expect(pool).toMatchObject({
      rolesClaim: 'cognito:groups',
      allowedRoles: ['association'],
      defaultRole: 'association',
    });
    const staff = issuers.find((issuer: any) => issuer !== pool);
    expect(staff.allowedRoles).toEqual(['staff', 'moderator', 'coordinator']);
    expect(staff.defaultRole).toBeUndefined();
  });

  it('lets the staff issuer make someone a coordinator: the stage’s VARNA_AUTH_ISSUERS, loaded as the API loads it', async () => {
    const variables = one(stage, 'aws:lambda/function:Function', 'GraphqlFunction').environment.variables;
    const config = loadConfig({
      VARNA_TABLE_NAME: 'varna-test',
      VARNA_CURSOR_SECRET: 'x'.repeat(32),
      VARNA_STAGE: stage,
      VARNA_AUTH_ISSUERS: variables.VARNA_AUTH_ISSUERS,
    });
    const staffIssuer = config.issuers.find((issuer) => issuer.rolesClaim === 'roles')!;
    // The stage's issuer as configured; only where its keys are fetched from is this test's own server.
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'staff-key', alg: 'RS256', use: 'sig' };
    const server = createServer((_request, response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const { port } = server.address() as AddressInfo;
      const viewerOf = createTokenVerifier({
        devIssuerJwks: undefined,
        issuers: config.issuers.map((issuer) =>
          issuer === staffIssuer ? { ...issuer, jwksUri: `http://127.0.0.1:${port}/keys` } : issuer,
        ),
      });
      const token = (roles: string[]) =>
        new SignJWT({ roles })
          .setProtectedHeader({ alg: 'RS256', kid: 'staff-key' })
          .setIssuer(staffIssuer.issuer)
          .setAudience(staffIssuer.audience)
          .setSubject('staff-user-1')
          .setIssuedAt()
          .setExpirationTime('5m')
          .sign(privateKey);
      expect(await viewerOf(`Bearer ${await token(['coordinator'])}`)).toMatchObject({
        role: 'COORDINATOR',
        roles: ['COORDINATOR'],
      });
      expect((await viewerOf(`Bearer ${await token(['staff', 'moderator', 'coordinator'])}`)).roles).toEqual([
        'MODERATOR',
        'COORDINATOR',
        'STAFF',
      ]);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it('serves the admin only to the networks the stage allows (production), or to any address (development)', () => {
    const code: string = one(stage, 'aws:cloudfront/function:Function', 'CmsCloudfrontFunctionRequest').code;
    if (stage === 'production') {
      for (const network of productionAdminNetworks) expect(code).toContain(JSON.stringify(networkPrefix(network)));
      expect(code).toMatch(/statusCode: 403/);
    } else {
      expect(code).not.toMatch(/allowedNetworks/);
    }
  });
});

describe('the production stage', () => {
  it('uses its own CORS origins, not the development ones', () => {
    expect(one('production', 'aws:apigatewayv2/api:Api').corsConfiguration.allowOrigins).not.toContain(
      'http://localhost:3000',
    );
  });
});
