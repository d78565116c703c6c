/**
 * `npm run restore:drill [-- --keep]`: the restore drill on a local system of its own (an in-memory DynamoDB
 * Local on a free port and the CMS's SQLite file in a temporary data folder, seeded as `npm run dev` seeds a
 * first start), so that it runs on a fresh clone without `npm run dev`. Prints each step's time and every
 * part's count and digest before and after; exits 1 when anything differs. `--keep` keeps the data folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTable, startDynamoLocal } from '../dynamodb-local.js';
import { localTableName } from '../environment.js';
import { openCms } from './cms-payload.js';
import { localSystem, seedLocalSystem } from './local-system.js';
import { freePort } from '../free-port.js';
import { printReport } from './report.js';
import { restoreDrill } from './restore-drill.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<boolean> {
  const keep = process.argv.includes('--keep');
  const dataDir = mkdtempSync(join(tmpdir(), 'varna-restore-drill-'));
  let started = performance.now();
  const dynamo = await startDynamoLocal({ port: await freePort() });
  try {
    console.log(
      `DynamoDB Local on ${dynamo.endpoint} (in memory), data folder ${dataDir}: ${seconds(performance.now() - started)}`,
    );
    started = performance.now();
    await ensureTable(dynamo.endpoint, localTableName);
    const system = await localSystem({ endpoint: dynamo.endpoint, tableName: localTableName, dataDir });
    const cms = await openCms(system);
    try {
      await seedLocalSystem(system, cms);
      console.log(`Seeded the example content, register and registrations: ${seconds(performance.now() - started)}`);
      const report = await restoreDrill(system, cms);
      printReport(report);
      return report.ok;
    } finally {
      await cms.destroy();
    }
  } finally {
    await dynamo.stop();
    if (keep) console.log(`Kept ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
