import type { Db } from '../data/db.js';
import { documentsOf } from '../read-model/fixture.js';
import { publish } from '../read-model/publish.js';
import { exampleContent } from '../read-model/fixture.js';
import { loadSampleRegister } from '../../cms/seed/register.js';

/**
 * Loads the example content straight into the read model (tests and the bench): editorial documents
 * through the read-model writer, as the CMS's sync job calls it, and the register's records.
 */
export async function loadSampleContent(db: Db, tenant: string, now = new Date()): Promise<{ documents: number }> {
  const { published } = documentsOf(exampleContent(now), now.getTime());
  for (const document of published) await publish(db, tenant, document);
  await loadSampleRegister(db, tenant, now);
  return { documents: published.length };
}
