/// <reference path="./.sst/platform/config.d.ts" />

/**
 * Värna on AWS, one stage per `npx sst deploy --stage NAME`. Thin on purpose: each concern is a file in
 * stacks/. Data stays in Sweden (eu-north-1); production keeps its resources on removal and protects them.
 */
export default $config({
  app(input) {
    return {
      name: 'varna',
      home: 'aws',
      removal: input?.stage === 'production' ? 'retain' : 'remove',
      protect: input?.stage === 'production',
      providers: { aws: { region: 'eu-north-1' } },
    };
  },
  async run() {
    const storage = await import('./stacks/storage');
    const auth = await import('./stacks/auth');
    const api = await import('./stacks/api');
    const edge = await import('./stacks/edge');
    await import('./stacks/search');
    await import('./stacks/notifications');
    await import('./stacks/webhooks');
    await import('./stacks/training');
    const cms = await import('./stacks/cms');
    const monitoring = await import('./stacks/monitoring');
    return {
      api: api.api.url,
      graphql: api.graphqlUrl,
      edge: edge.edge.url,
      cms: cms.cms.url,
      table: storage.table.name,
      associationUserPool: auth.associationAccounts.id,
      alarms: monitoring.alarmTopic.arn,
    };
  },
});
