import { createHash } from 'node:crypto';
import { copyFile, rm } from 'node:fs/promises';
import { createClient, type Client } from '@libsql/client';
import { canonicalJson, type ItemSet } from './canonical.js';

/** The local CMS database (`npm run dev`'s `.data/cms.db`, SQLite in WAL mode) as a restore handles it. */

async function withDatabase<T>(file: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = createClient({ url: `file:${file}` });
  try {
    return await work(client);
  } finally {
    client.close();
  }
}

/**
 * A consistent copy of the database in one file (`VACUUM INTO`): a plain copy of `cms.db` would miss what
 * is still in its write-ahead log, and could catch a page half-written by the admin.
 */
export async function backupSqlite(file: string, backupFile: string): Promise<void> {
  await rm(backupFile, { force: true });
  await withDatabase(file, (client) => client.execute({ sql: 'VACUUM INTO ?', args: [backupFile] }));
}

/** Deletes the database with its write-ahead log and shared-memory file. */
export async function destroySqlite(file: string): Promise<void> {
  await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${file}${suffix}`, { force: true })));
}

/** Puts the backup in the database's place (the CMS opens it as it finds it). */
export async function restoreSqlite(backupFile: string, file: string): Promise<void> {
  await destroySqlite(file);
  await copyFile(backupFile, file);
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Every row of every table by name: `table id=…` where the table has an `id` column, otherwise by a hash of
 * the row itself (VACUUM may renumber rowids of tables without an integer primary key), numbered when two
 * rows are the same.
 */
export async function sqliteSnapshot(file: string): Promise<ItemSet> {
  return withDatabase(file, async (client) => {
    const rows: ItemSet = new Map();
    const tables = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    );
    for (const { name } of tables.rows) {
      const table = String(name);
      const result = await client.execute(`SELECT * FROM ${quoted(table)}`);
      const hasId = result.columns.includes('id');
      rows.set(`${table} (table)`, canonicalJson({ columns: [...result.columns].sort(), rows: result.rows.length }));
      for (const row of result.rows) {
        const record = Object.fromEntries(result.columns.map((column, index) => [column, row[index]]));
        const text = canonicalJson(record);
        const base = hasId
          ? `${table} id=${String(record.id)}`
          : `${table} #${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
        let name = base;
        for (let copy = 2; rows.has(name); copy++) name = `${base} (${copy})`;
        rows.set(name, text);
      }
    }
    return rows;
  });
}
