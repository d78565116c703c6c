import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalReq } from 'payload';
import { drainSyncJobs } from '../../cms/publishing/drain.js';
import { syncStateEndpoint } from '../../cms/publishing/sync-state-endpoint.js';
import { startDynamoLocal, type DynamoLocal } from '../../functions/local/dynamodb-local.js';
import { createTestApi } from '../support/api.js';
import { contractOperation } from '../support/contract.js';
import { startCms, type TestCms } from './support.js';

/** A DynamoDB Local of this file's own, on disk, so that it can be stopped and started again with its data. */
let dynamo: DynamoLocal;
let port: number;
const dbPath = mkdtempSync(join(tmpdir(), 'varna-outage-'));
let cms: TestCms;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

beforeAll(async () => {
  port = await freePort();
  dynamo = await startDynamoLocal({ port, path: dbPath });
  cms = await startCms('sqlite', await createTestApi({}, dynamo.endpoint));
}, 180_000);

afterAll(async () => {
  await cms?.close();
  await dynamo?.stop();
});

describe('a publish while DynamoDB is down', () => {
  it('is retried by the job and reaches the API once DynamoDB is back', async () => {
    await dynamo.stop();
    const created = await cms.payload.create({
      collection: 'pages',
      data: { key: 'under-avbrottet', visibility: 'PUBLIC', title: 'Publicerad under avbrottet', _status: 'published' },
    });
    // What the editor sees in the document's sidebar: the line as the edit view asks for it (tone and sentence).
    const editor = await cms.payload.create({
      collection: 'users',
      data: { email: 'avbrott-redaktor@example.org', password: 'a-long-password-1', roles: ['editor'] },
    });
    const sidebar = async () => {
      const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, cms.payload);
      req.routeParams = { collection: 'pages', id: String(created.id) };
      const line = (await (await syncStateEndpoint.handler(req)).json()) as {
        tone: string;
        text: string;
        pending: boolean;
      };
      return `data-sync-state="${line.tone}" ${line.text} pending=${line.pending}`;
    };
    expect(await sidebar()).toContain('Väntar på att nå webbplatsen');
    await cms.runSyncJobs();
    // Failed with retries left: the line keeps asking, so it turns true once a retry gets through.
    expect(await sidebar()).toMatch(/data-sync-state="failed".*Nådde inte webbplatsen: .+\(retrying\) pending=true/s);
    const [job] = (
      await cms.payload.find({
        collection: 'payload-jobs',
        overrideAccess: true,
        where: { 'input.key': { equals: 'under-avbrottet' } },
      })
    ).docs as Record<string, any>[];
    expect(job?.completedAt ?? null).toBeNull();
    expect(job?.totalTried).toBeGreaterThanOrEqual(1);

    dynamo = await startDynamoLocal({ port, path: dbPath });
    expect(await drainSyncJobs(cms.payload, 60_000)).toBe(0);
    const page = (await cms.api.graphql(contractOperation('Page'), { slug: 'under-avbrottet' })).body.data!.page;
    expect(page).toMatchObject({ title: 'Publicerad under avbrottet' });
    expect(await sidebar()).toMatch(
      /data-sync-state="ok".*På webbplatsen sedan \d{4}-\d{2}-\d{2} \d{2}:\d{2}.* pending=false/s,
    );
  }, 120_000);
});
