import { apiGatewayEvent, lambdaContext } from '../../functions/local/api-gateway-event.js';
import { benchTable, type TableBenchOptions } from './bench-table.js';

const day = 24 * 60 * 60 * 1000;

/**
 * A table whose activity calendar holds `count` PUBLISHED activities that all lie in the past (years
 * of them), and what a list that matches none of them reads: the DynamoDB calls and the items read.
 */
export async function measurePastActivities(options: TableBenchOptions & { count: number }) {
  const { db, apiHandler } = await benchTable(options, 'varna-bench-past-activities');
  const now = Date.now();
  const activities = Array.from({ length: options.count }, (_, index) => {
    const startsAt = new Date(now - 30 * day - index * 3 * 60 * 60 * 1000);
    return {
      tenant: options.config.tenant,
      id: `past-${String(index).padStart(5, '0')}`,
      associationId: 'a-bench',
      title: `Aktivitet ${index} (exempel)`,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000).toISOString(),
      district: 'alby',
      targetGroups: ['YOUTH'],
      status: 'PUBLISHED' as const,
      createdAt: startsAt.toISOString(),
      updatedAt: startsAt.toISOString(),
    };
  });
  await db.entities.activity.put(activities).go({ concurrency: 4 });

  const handler = apiHandler();
  const read = async (query: string) => {
    options.counter.reset();
    const result = await handler(
      apiGatewayEvent({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }),
      lambdaContext('bench'),
    );
    const answer = JSON.parse(result.body ?? '{}') as {
      errors?: unknown;
      data?: { activities: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } };
    };
    if (answer.errors) throw new Error(`Past-activities read failed: ${JSON.stringify(answer.errors)}`);
    const queries = options.counter.calls.filter((call) => call === 'Query').length;
    return {
      calls: options.counter.calls.length,
      queries,
      itemsRead: options.counter.scanned.reduce((sum, count) => sum + count, 0),
      edges: answer.data!.activities.edges.length,
      hasNextPage: answer.data!.activities.pageInfo.hasNextPage,
    };
  };
  const from = new Date(now).toISOString();
  const to = new Date(now + 60 * day).toISOString();
  return {
    unwindowed: await read(
      `{ activities(filter: { district: "nope" }) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
    ),
    calendar: await read(
      `{ activities(filter: { from: "${from}", to: "${to}", district: "nope" }) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
    ),
  };
}
