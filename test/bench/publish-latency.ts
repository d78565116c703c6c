import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../functions/data/db.js';
import type { ApiHandler } from '../../functions/server/lambda.js';
import { apiGatewayEvent } from '../../functions/local/api-gateway-event.js';

/**
 * The time from an editor's publish in the CMS (Payload's Local API, as the admin's save calls it) to the
 * document being served by the API, with the CMS's own every-second job runner doing the sync.
 */
export async function measurePublishLatency(options: { db: Db; tenant: string; handler: ApiHandler; runs: number }): Promise<number[]> {
  process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex');
  process.env.CMS_SQLITE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'varna-bench-cms-')), 'cms.db')}`;
  process.env.VARNA_STAGE = 'test';
  delete process.env.DATABASE_URL;
  // As `npm run dev` does: the SQLite schema is pushed in a process of its own.
  const { pushLocalSchema } = await import('../../cms/local-schema.js');
  pushLocalSchema(process.env);
  const { setReadModelTarget } = await import('../../cms/publishing/read-model-target.js');
  setReadModelTarget({ db: options.db, tenant: options.tenant });
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../cms/payload.config.js');
  const payload = await getPayload({ config, cron: true });
  const titleServed = async (title: string) => {
    const result = await options.handler(
      apiGatewayEvent({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ page(slug: "bench-sida") { title } }' }) }),
      { awsRequestId: 'bench' } as never,
    );
    return (JSON.parse(result.body ?? '{}') as { data?: { page?: { title?: string } | null } }).data?.page?.title === title;
  };
  try {
    const page = await payload.create({ collection: 'pages', data: { key: 'bench-sida', visibility: 'PUBLIC', title: 'Start', _status: 'published' } });
    const latencies: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      const title = `Version ${run}`;
      const started = performance.now();
      await payload.update({ collection: 'pages', id: page.id, data: { title, _status: 'published' } });
      while (!(await titleServed(title))) {
        if (performance.now() - started > 30_000) throw new Error(`Publish ${run} did not reach the API within 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      latencies.push(performance.now() - started);
      // Spread the publishes evenly over the runner's one-second tick, as editors' clicks are: a fixed pause
      // would lock each publish to the same phase of the tick and measure that phase instead.
      await new Promise((resolve) => setTimeout(resolve, ((run * 0.618034) % 1) * 1000));
    }
    return latencies;
  } finally {
    await payload.destroy();
  }
}
