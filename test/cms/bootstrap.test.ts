import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { cliEnvironment } from '../../cms/cli/environment.js';
import { recordLocalDynamoEndpoint } from '../../functions/local/environment.js';
import { runCmsCommand, withoutProjectSettings } from '../browser/cms-server.js';
import { freshPostgresDatabase } from './support.js';

/**
 * Bringing up a deployed stage's CMS as the README's deploy steps do: a fresh PostgreSQL database, then
 * `npm run cms:migrate`, with only what a deployed stage provides. Nothing local may be guessed on the way:
 * no local admin, no DynamoDB Local.
 */
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

/** The links `npx sst shell --stage production` passes (stacks/cms.ts), for a database at `url`. */
function linkedResources(url: string): Record<string, string> {
  const database = new URL(url);
  const link = (value: object) => JSON.stringify(value);
  return {
    SST_RESOURCE_App: link({ name: 'varna', stage: 'production' }),
    SST_RESOURCE_CmsDatabase: link({
      type: 'sst.aws.Postgres',
      username: decodeURIComponent(database.username),
      password: database.password,
      host: database.hostname,
      port: Number(database.port),
      database: database.pathname.slice(1),
    }),
    SST_RESOURCE_PayloadSecret: link({ type: 'sst.sst.Secret', value: randomBytes(32).toString('hex') }),
    SST_RESOURCE_VarnaTableAccess: link({ type: 'sst.sst.Linkable', name: 'varna-production-table' }),
    SST_RESOURCE_CmsJobsSecret: link({ type: 'sst.sst.Secret', value: randomBytes(24).toString('hex') }),
  };
}

async function usersIn(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query('SELECT count(*) AS n FROM users')).rows[0].n);
  } finally {
    await client.end();
  }
}

describe('a deployed stage’s CMS, brought up from nothing', () => {
  const configurations: [string, (url: string) => Record<string, string>][] = [
    [
      'DATABASE_URL and PAYLOAD_SECRET only',
      (url) => ({ DATABASE_URL: url, PAYLOAD_SECRET: randomBytes(32).toString('hex') }),
    ],
    ['the links of `sst shell` (SST_RESOURCE_*)', linkedResources],
  ];

  it.each(configurations)(
    'migrates a fresh PostgreSQL database with %s, and creates no user',
    async (_name, settings) => {
      const database = await freshPostgresDatabase();
      drops.push(database.drop);
      const env = { ...withoutProjectSettings(), ...settings(database.url) };
      const result = await runCmsCommand('cms:migrate', [], env);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^Migrated: \d{8}_\d{6}_initial/m);
      expect(await usersIn(database.url)).toBe(0);
    },
    180_000,
  );

  it('gives the migrated database Botkyrka as its default municipality, and the admins created next a municipality', async () => {
    const database = await freshPostgresDatabase();
    drops.push(database.drop);
    const env = {
      ...withoutProjectSettings(),
      DATABASE_URL: database.url,
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    };
    const migrated = await runCmsCommand('cms:migrate', [], env);
    expect(migrated.code, migrated.stderr).toBe(0);
    const municipal = await runCmsCommand(
      'cms:create-admin',
      ['--email', 'admin@botkyrka.example'],
      env,
      'a-long-password-1\n',
    );
    expect(municipal.stdout, municipal.stderr).toMatch('Municipality: botkyrka.');
    const regional = await runCmsCommand(
      'cms:create-admin',
      ['--email', 'regional@sodertorn.example', '--regional'],
      env,
      'a-long-password-1\n',
    );
    expect(regional.stdout, regional.stderr).toMatch('Created the regional CMS admin regional@sodertorn.example');
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const municipalities = await client.query('SELECT slug, name, kind, "default" FROM municipalities');
      expect(municipalities.rows).toEqual([
        { slug: 'botkyrka', name: 'Botkyrka', kind: 'municipality', default: true },
      ]);
      const users = await client.query(
        `SELECT users.email, array_agg(municipalities.slug) AS municipalities,
                (SELECT array_agg(value::text ORDER BY value::text) FROM users_roles WHERE parent_id = users.id) AS roles
         FROM users JOIN users_tenants ON users_tenants._parent_id = users.id
         JOIN municipalities ON municipalities.id = users_tenants.tenant_id GROUP BY users.id ORDER BY users.email`,
      );
      expect(users.rows).toEqual([
        { email: 'admin@botkyrka.example', municipalities: ['botkyrka'], roles: ['admin', 'editor'] },
        {
          email: 'regional@sodertorn.example',
          municipalities: ['botkyrka'],
          roles: ['admin', 'editor', 'regional-admin'],
        },
      ]);
    } finally {
      await client.end();
    }
  }, 240_000);

  it.each(configurations)('points no CMS command at DynamoDB Local or a guessed stage with %s', (_name, settings) => {
    const added = cliEnvironment({
      ...withoutProjectSettings(),
      ...settings('postgres://cms:secret@db.internal:5432/varna'),
    });
    expect(added).not.toHaveProperty('DYNAMODB_ENDPOINT');
    expect(added).not.toHaveProperty('VARNA_STAGE');
    expect(added).not.toHaveProperty('VARNA_TABLE_NAME');
    expect(added).toMatchObject({ CMS_DEV_ADMIN: 'false', CMS_AUTORUN_JOBS: 'false' });
  });

  it("works on npm run dev's data only when nothing is configured, with the DynamoDB Local that npm run dev recorded for that data folder", () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'varna-cli-'));
    recordLocalDynamoEndpoint(dataDir, 'http://127.0.0.1:18123');
    expect(cliEnvironment({ ...withoutProjectSettings(), VARNA_DATA_DIR: dataDir })).toMatchObject({
      VARNA_STAGE: 'local',
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:18123',
      CMS_DEV_ADMIN: 'false',
    });
    // No npm run dev on that folder: no port is guessed (another instance's data could be there).
    expect(() =>
      cliEnvironment({ ...withoutProjectSettings(), VARNA_DATA_DIR: mkdtempSync(join(tmpdir(), 'varna-cli-')) }),
    ).toThrow(/VARNA_DATA_DIR/);
  });

  it('refuses to migrate without a PostgreSQL database, naming what to set', async () => {
    const result = await runCmsCommand('cms:migrate', [], { ...withoutProjectSettings(), VARNA_STAGE: 'production' });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/DATABASE_URL/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('refuses to start on a malformed setting, naming it, before touching any database', async () => {
    const result = await runCmsCommand(
      'cms:create-admin',
      ['--email', 'admin@example.org'],
      {
        ...withoutProjectSettings(),
        VARNA_STAGE: 'production',
        DATABASE_URL: 'mysql://cms@db.internal/varna',
        PAYLOAD_SECRET: 'x'.repeat(40),
        VARNA_TENANT: 'Botkyrka Kommun',
      },
      'a-long-enough-password\n',
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/DATABASE_URL: must be a postgres:\/\/ address/);
    expect(result.stderr).toMatch(/VARNA_TENANT: must be a lower-case slug/);
  }, 60_000);
});
