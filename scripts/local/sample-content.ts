import type { Db } from '../../functions/data/db.js';
import { documentsOf } from '../../functions/read-model/fixture.js';
import { publish } from '../../functions/read-model/publish.js';
import { sampleEditorialContent } from '../../sample/editorial.js';
import { loadSampleRegister } from '../../sample/register.js';

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
