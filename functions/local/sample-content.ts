import type { Db } from '../data/db.js';
import { documentsOf } from '../read-model/fixture.js';
import { publish } from '../read-model/publish.js';
import { sampleEditorialContent } from '../../cms/seed/editorial.js';
import { loadSampleRegister } from '../../cms/seed/register.js';

/**
 * Loads the example content. Until the CMS exists, editorial documents go straight through the
 * read-model writer, exactly the calls the CMS's publish job will make.
 */
export async function loadSampleContent(db: Db, tenant: string, now = new Date()): Promise<{ documents: number }> {
  const { published } = documentsOf(sampleEditorialContent(now), now.getTime());
  for (const document of published) await publish(db, tenant, document);
  await loadSampleRegister(db, tenant, now);
  return { documents: published.length };
}
