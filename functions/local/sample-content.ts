import pLimit from 'p-limit';
import type { Db } from '../data/db.js';
import { documentsOf } from '../read-model/fixture.js';
import { publish } from '../read-model/publish.js';
import { exampleContent } from '../read-model/fixture.js';
import { loadSampleRegister } from '../../cms/seed/register.js';
import { loadSampleTrainingHistory } from '../../cms/seed/training-history.js';

/**
 * Loads the example content straight into the read model (tests and the bench): editorial documents
 * through the read-model writer, as the CMS's sync job calls it, the register's records, and the
 * registrations of the example trainings that took place (their person hashes keyed by `cursorSecret`).
 */
export async function loadSampleContent(
  db: Db,
  tenant: string,
  now = new Date(),
  cursorSecret = 'example-secret',
): Promise<{ documents: number }> {
  const { published } = documentsOf(exampleContent(now), now.getTime());
  // Distinct documents never share a guard, so they go in parallel: one at a time, DynamoDB Local's round
  // trips made this about half of every test file's setup (3.6 of 7 s; eight at a time 1.1 s).
  const limit = pLimit(8);
  await Promise.all(published.map((document) => limit(() => publish(db, tenant, document))));
  await loadSampleRegister(db, tenant, now);
  await loadSampleTrainingHistory(db, tenant, now, cursorSecret);
  return { documents: published.length };
}
