import { loadSampleContent } from '../../functions/local/sample-content.js';
import type { TestApi } from './api.js';
import { TENANT } from './api.js';

/** Loads the example content `npm run dev` loads, through the same read-model writer. */
export const seedSample = (api: TestApi, now = new Date()) => loadSampleContent(api.db, TENANT, now);
