import { loadSampleContent } from '../../functions/local/sample-content.js';
import type { TestApi } from './api.js';
import { TENANT } from './api.js';

/** Loads the example content `npm run dev` loads, through the same read-model writer, and waits until search has indexed it. */
export async function seedSample(api: TestApi, now = new Date()): Promise<void> {
  await loadSampleContent(api.db, TENANT, now, api.config.cursorSecret);
  await api.searchIndexed();
}
