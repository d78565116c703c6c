import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Payload } from 'payload';
import { resyncReadModel, type ResyncReport } from '../../../cms/publishing/resync.js';
import { rebuildSearchIndexes } from '../../search/indexer.js';
import { searchContentChanged } from '../../search/version.js';
import { differencesOf, figuresOf, type ItemSet, type PartFigures } from './canonical.js';
import { backupSqlite, destroySqlite, restoreSqlite, sqliteSnapshot } from './cms-sqlite.js';
import type { LocalSystem } from './local-system.js';
import { disconnectCms, reconnectCms } from './cms-payload.js';
import {
  deleteTable,
  localClient,
  readBackup,
  restoreTable,
  scanTable,
  writeBackup,
  type RawItem,
} from './table-backup.js';
import { partOf, partsTheRebuildAddsTo, restoredParts, type TablePart } from './table-parts.js';
import { tableSnapshot, type TableSnapshot } from './table-snapshot.js';

/** What the drill compares: the table's parts and the CMS database. */
export type DrillPart = keyof TableSnapshot | 'cmsDatabase';
type Snapshot = Record<DrillPart, ItemSet>;

export interface PartComparison {
  part: DrillPart;
  before: PartFigures;
  after: PartFigures;
  /** The items that differ, named (`missing …`, `changed …`, `added …`); empty when the part is equal. */
  differences: string[];
}

export interface DrillReport {
  /** Each step and how long it took. */
  steps: { step: string; ms: number }[];
  parts: PartComparison[];
  /** What the resync (`npm run cms:resync`'s code) did. */
  resync: ResyncReport;
  ok: boolean;
}

/**
 * A deliberately damaged restore, for the drill's own test: proof that a restore that lost or changed an item
 * is caught. `table` sees the backup's items before they are written; `cmsDatabase` the restored file.
 */
export interface Tamper {
  table?: (items: RawItem[]) => RawItem[];
  cmsDatabase?: (file: string) => Promise<void>;
}

async function timed<T>(steps: DrillReport['steps'], step: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  steps.push({ step, ms: Math.round(performance.now() - started) });
  return result;
}

/**
 * The restore drill on a local system: backs up the table's own data (register, training, the read model's
 * guards, the rest that only DynamoDB holds) and the CMS database, destroys both, restores them into fresh
 * ones, rebuilds the read model from the CMS (`npm run cms:resync`'s code, with `cms` the CMS on the system,
 * which lets go of its database while it is gone) and the search index (the indexer's rebuild), and compares
 * every part item by item with what was there before.
 */
export async function restoreDrill(system: LocalSystem, cms: Payload, tamper: Tamper = {}): Promise<DrillReport> {
  const { endpoint, tableName, db, tenant, cmsDatabase } = system;
  const steps: DrillReport['steps'] = [];
  const client = localClient(endpoint);
  const backupDir = join(system.dataDir, 'backup');
  mkdirSync(backupDir, { recursive: true });
  const tableBackup = join(backupDir, `${tableName}.jsonl`);
  const cmsBackup = join(backupDir, 'cms.db');
  try {
    const before: Snapshot = await timed(steps, 'figures before', async () => ({
      ...(await tableSnapshot(client, tableName, db, tenant)),
      cmsDatabase: await sqliteSnapshot(cmsDatabase),
    }));
    await timed(steps, '1 export', async () => {
      const owned = (await scanTable(client, tableName)).filter((item) =>
        restoredParts.includes(partOf(unmarshall(item).__edb_e__ as string | undefined)),
      );
      await writeBackup(tableBackup, owned);
      await backupSqlite(cmsDatabase, cmsBackup);
    });
    await timed(steps, '2 destroy', async () => {
      disconnectCms(cms);
      await deleteTable(client, tableName);
      await destroySqlite(cmsDatabase);
    });
    await timed(steps, '3 restore', async () => {
      const items = await readBackup(tableBackup);
      await restoreTable(client, endpoint, tableName, tamper.table ? tamper.table(items) : items);
      await restoreSqlite(cmsBackup, cmsDatabase);
      await tamper.cmsDatabase?.(cmsDatabase);
    });
    // The CMS as restored, before the resync records its sync states in it.
    const cmsRestored = await sqliteSnapshot(cmsDatabase);
    const resync = await timed(steps, '4a rebuild read model (cms:resync)', async () => {
      await reconnectCms(cms);
      return resyncReadModel(cms, { db, tenant });
    });
    await timed(steps, '4b rebuild search index', async () => {
      // As a publish tells the indexer: the content moved on; then the indexer's own build.
      await searchContentChanged(db, tenant);
      await rebuildSearchIndexes(db, tenant, new Date());
    });
    const after: Snapshot = await timed(steps, '5 figures after', async () => ({
      ...(await tableSnapshot(client, tableName, db, tenant)),
      cmsDatabase: cmsRestored,
    }));
    const parts = (Object.keys(before) as DrillPart[]).map((part) => ({
      part,
      before: figuresOf(before[part]),
      after: figuresOf(after[part]),
      differences: differencesOf(before[part], after[part]).filter(
        (difference) => !(partsTheRebuildAddsTo.includes(part as TablePart) && difference.startsWith('added ')),
      ),
    }));
    return { steps, parts, resync, ok: parts.every((part) => part.differences.length === 0) };
  } finally {
    client.destroy();
  }
}
