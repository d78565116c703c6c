import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import type { Payload } from 'payload';
import { freshPostgresDatabase } from './support.js';

/**
 * A deployed database from before municipalities (issue 32), migrated: Botkyrka, the default municipality, gets every
 * document, version and user in the migration itself, so that nobody loses their content or their access (a user of
 * no municipality reads nothing; a document of none is seen by regional admins only and cannot be synced).
 */
const MIGRATION = '20261207_211454_multi_tenant_municipalities';
let payload: Payload | undefined;
let drop = async () => {};

afterAll(async () => {
  (payload?.db as { pool?: { on(event: 'error', listener: () => void): void } } | undefined)?.pool?.on(
    'error',
    () => undefined,
  );
  await payload?.destroy();
  await drop();
});

it('gives Botkyrka every document, version and user of a database from before municipalities', async () => {
  const database = await freshPostgresDatabase();
  drop = database.drop;
  process.env.DATABASE_URL = database.url;
  process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex');
  process.env.VARNA_STAGE = 'test';
  process.env.VARNA_LOCAL = 'true';
  process.env.CMS_AUTORUN_JOBS = 'false';
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../cms/payload.config.js');
  const { committedMigrations } = await import('../../cms/committed-migrations.js');
  payload = await getPayload({ config });
  // The database as it was before the migration: the ones after it build on it (national content's, for one).
  const before = committedMigrations.findIndex((migration) => migration.name === MIGRATION);
  await payload.db.migrate({ migrations: committedMigrations.slice(0, before) });

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const district = await client.query(
      `INSERT INTO districts (key, _status) VALUES ('alby', 'published') RETURNING id`,
    );
    const districtId = district.rows[0].id;
    await client.query(`INSERT INTO _districts_v (parent_id, version_key, latest) VALUES ($1, 'alby', true)`, [
      districtId,
    ]);
    await client.query(`INSERT INTO users (email) VALUES ('redaktor@botkyrka.example'), ('admin@botkyrka.example')`);

    await payload.db.migrate({ migrations: committedMigrations });

    const botkyrka = (await client.query(`SELECT id FROM municipalities WHERE slug = 'botkyrka' AND "default"`)).rows;
    expect(botkyrka).toHaveLength(1);
    const id = botkyrka[0].id;
    expect((await client.query(`SELECT tenant_id FROM districts WHERE id = $1`, [districtId])).rows).toEqual([
      { tenant_id: id },
    ]);
    expect(
      (await client.query(`SELECT version_tenant_id FROM _districts_v WHERE parent_id = $1`, [districtId])).rows,
    ).toEqual([{ version_tenant_id: id }]);
    const users = await client.query(
      `SELECT users.email, users_tenants.tenant_id FROM users
       LEFT JOIN users_tenants ON users_tenants._parent_id = users.id ORDER BY users.email`,
    );
    expect(users.rows).toEqual([
      { email: 'admin@botkyrka.example', tenant_id: id },
      { email: 'redaktor@botkyrka.example', tenant_id: id },
    ]);
  } finally {
    await client.end();
  }
}, 180_000);
