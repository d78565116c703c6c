/**
 * `npm run dev:first-visit`: how long each admin page of a running `npm run dev` takes to visit (the page and
 * its scripts, as the local admin), in the order of adminPagesToWarm. On a fresh clone with
 * `CMS_WARM_ADMIN=off npm run dev` it measures a person's first visits without the compile ahead; after
 * `npm run dev` has printed that the admin's pages are compiled, the visits with it.
 */
import { DEV_ADMIN } from '../../cms/dev-admin.js';
import { adminPagesToWarm, warmAdminPages } from './admin-warmup.js';

const baseUrl = process.env.CMS_URL ?? `http://127.0.0.1:${process.env.CMS_PORT ?? 3000}`;
const started = performance.now();
const visits = await warmAdminPages(baseUrl, DEV_ADMIN, adminPagesToWarm);
for (const visit of visits)
  console.log(
    `${visit.path.padEnd(48)} ${String(visit.status).padStart(3)} ${(visit.ms / 1000).toFixed(1).padStart(7)} s`,
  );
console.log(`All ${visits.length} pages: ${((performance.now() - started) / 1000).toFixed(1)} s`);
