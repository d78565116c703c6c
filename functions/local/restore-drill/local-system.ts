import { join } from 'node:path';
import type { Payload } from 'payload';
import type { Viewer } from '../../auth/viewer.js';
import { loadConfig } from '../../config.js';
import { createDb, createDocumentClient, type Db } from '../../data/db.js';
import { exampleContent } from '../../read-model/fixture.js';
import { rebuildSearchIndexes } from '../../search/indexer.js';
import { searchContentChanged } from '../../search/version.js';
import { registerForTraining } from '../../training/registrations.js';
import { loadSampleRegister } from '../../../cms/seed/register.js';
import { loadSampleTrainingHistory } from '../../../cms/seed/training-history.js';
import { seedAttentionExamples } from '../../../cms/seed/attention.js';
import { importFixture } from '../../../cms/import/fixture-import.js';
import { drainSyncJobs } from '../../../cms/publishing/drain.js';
import { localApiEnvironment, localCmsEnvironment } from '../environment.js';

/** The parts of a local Värna the drill backs up and restores: DynamoDB Local's table and the CMS's SQLite file. */
export interface LocalSystem {
  endpoint: string;
  tableName: string;
  tenant: string;
  dataDir: string;
  /** The CMS's SQLite file (`cms.db` in the data folder, as `npm run dev` keeps it). */
  cmsDatabase: string;
  db: Db;
  cursorSecret: string;
  /** The environment of the CMS (cms/cli/environment.ts's local one) on this system. */
  cmsEnvironment: Record<string, string>;
}

export async function localSystem(options: { endpoint: string; tableName: string; dataDir: string }) {
  const { endpoint, tableName, dataDir } = options;
  const config = loadConfig(await localApiEnvironment({ endpoint, tableName, dataDir }));
  return {
    ...options,
    tenant: config.tenant,
    cmsDatabase: join(dataDir, 'cms.db'),
    db: createDb(createDocumentClient(config.dynamo), tableName),
    cursorSecret: config.cursorSecret,
    cmsEnvironment: localCmsEnvironment({ endpoint, tableName, dataDir }),
  } satisfies LocalSystem;
}

/** Upcoming example trainings' registrations, made as staff make them, beside the example history's. */
const upcoming = { training: 'grundutbildning-forsta-linjen', people: 5 };

/**
 * The example content as `npm run dev` loads it on a first start (functions/local/dev.ts): the editorial
 * examples through the CMS (`cms:import --dashboard-examples`'s calls: the import, its sync jobs run to the end,
 * the dashboard's examples), the association register and the example
 * trainings' registrations straight into DynamoDB; then a few registrations for an upcoming training, and
 * the search index the indexer would build after all of it. The drill's test leaves out the dashboard's
 * examples and the trainings' history (`dashboardExamples`, `trainingHistory`), to stay quick.
 */
export async function seedLocalSystem(
  system: LocalSystem,
  payload: Payload,
  { now = new Date(), dashboardExamples = true, trainingHistory = true } = {},
): Promise<void> {
  const report = await importFixture(payload, exampleContent(now));
  const left = await drainSyncJobs(payload);
  if (left > 0)
    throw new Error(`${left} document(s) of the ${report.created.length} imported did not reach the read model`);
  if (dashboardExamples) await seedAttentionExamples(payload, now);
  const { db, tenant, cursorSecret } = system;
  await loadSampleRegister(db, tenant, now);
  if (trainingHistory) await loadSampleTrainingHistory(db, tenant, now, cursorSecret);
  for (let index = 1; index <= upcoming.people; index++) {
    const subject = `exempel-anmald-${index}`;
    const viewer: Viewer = {
      role: 'STAFF',
      roles: ['STAFF'],
      subject,
      name: `Anmäld ${index}`,
      email: `${subject}@example.org`,
    };
    await registerForTraining(
      { db, tenant, viewer, now, cursorSecret },
      { trainingId: upcoming.training, department: 'socialforvaltningen', idempotencyKey: `restore-drill-${index}` },
    );
  }
  await searchContentChanged(db, tenant);
  await rebuildSearchIndexes(db, tenant, now);
}
