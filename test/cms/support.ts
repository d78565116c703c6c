import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import type { Payload } from 'payload';
import { pushLocalSchema } from '../../cms/local-schema.js';
import { setReadModelTarget } from '../../cms/publishing/read-model-target.js';
import { SYNC_QUEUE } from '../../cms/publishing/queue.js';
import { createTestApi, TENANT, type TestApi } from '../support/api.js';

export type CmsDatabase = 'sqlite' | 'postgres';

const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh PostgreSQL database for one test file, dropped again at the end. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `varna_cms_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export interface TestCms {
  payload: Payload;
  api: TestApi;
  /** Runs the queued read-model syncs now, as the every-second job runner would. */
  runSyncJobs(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Payload's Local API on SQLite (a temp file) or the machine's PostgreSQL (a fresh database, migrated
 * with the committed migrations), publishing into a fresh table of the run's DynamoDB Local.
 */
export async function startCms(database: CmsDatabase, api?: TestApi): Promise<TestCms> {
  const readModelApi = api ?? (await createTestApi());
  process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex');
  process.env.VARNA_STAGE = 'test';
  // A local run, as the tests' API (functions/local/environment.ts): the stage's name decides nothing.
  process.env.VARNA_LOCAL = 'true';
  process.env.CMS_AUTORUN_JOBS = 'false';
  // Uploads go under the CMS's data folder: a temp one per test file.
  process.env.VARNA_DATA_DIR = mkdtempSync(join(tmpdir(), 'varna-cms-data-'));
  let dropDatabase = async () => {};
  if (database === 'postgres') {
    const fresh = await freshPostgresDatabase();
    process.env.DATABASE_URL = fresh.url;
    dropDatabase = fresh.drop;
  } else {
    delete process.env.DATABASE_URL;
    process.env.CMS_SQLITE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'varna-cms-')), 'cms.db')}`;
    // As `npm run dev` does: the schema is pushed in a process of its own, never in this one.
    pushLocalSchema(process.env);
  }
  setReadModelTarget({ db: readModelApi.db, tenant: TENANT });
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../cms/payload.config.js');
  const payload = await getPayload({ config });
  if (database === 'postgres') {
    // The committed migrations, exactly as `npm run cms:migrate` applies them to a deployed database.
    const { committedMigrations } = await import('../../cms/committed-migrations.js');
    await payload.db.migrate({ migrations: committedMigrations });
  }
  return {
    payload,
    api: readModelApi,
    runSyncJobs: async () => {
      await payload.jobs.run({ queue: SYNC_QUEUE, limit: 100 });
    },
    close: async () => {
      // The database is dropped with its connections; the adapter's idle ones then report the kill.
      (payload.db as { pool?: { on(event: 'error', listener: () => void): void } }).pool?.on('error', () => undefined);
      await payload.destroy();
      setReadModelTarget(undefined);
      await dropDatabase();
    },
  };
}

/**
 * Queues Payload's schedulePublish job for a page as the admin's Schedule drawer does: with the page's id as a
 * string, which the job reads back as either (payload#10481). The job's generated input types the id as the
 * collection's own, a number, and cannot hold the string: queued with the number, the stored input is then
 * written as the drawer writes it (the job's own field takes any JSON).
 */
export async function queueSchedule(
  payload: Payload,
  schedule: { type: 'publish' | 'unpublish'; page: number; user: number; waitUntil?: Date },
) {
  const user = { relationTo: 'users' as const, value: schedule.user };
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: schedule.type, doc: { relationTo: 'pages', value: schedule.page }, user },
    ...(schedule.waitUntil ? { waitUntil: schedule.waitUntil } : {}),
  });
  await payload.update({
    collection: 'payload-jobs',
    id: job.id,
    data: { input: { type: schedule.type, doc: { relationTo: 'pages', value: String(schedule.page) }, user } },
    depth: 0,
  });
  return job;
}

/** One CMS for a test file's suites: started before its tests (with a staff token for the API), closed after. */
export function cmsPerTestFile(database: CmsDatabase): { cms: TestCms; staff: string } {
  const context = {} as { cms: TestCms; staff: string };
  beforeAll(async () => {
    context.cms = await startCms(database);
    context.staff = await context.cms.api.token('staff');
  }, 180_000);
  afterAll(async () => {
    await context.cms?.close();
  });
  return context;
}
