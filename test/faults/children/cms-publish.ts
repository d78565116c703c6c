/**
 * An editor's publish in the CMS (Payload's Local API on SQLite, as `npm run dev`'s admin runs it), in a
 * process the fault suite kills between the database commit and the read-model sync: `publish` saves a
 * published page, prints `COMMITTED <id>`, then runs the save's sync job as the admin does right after its
 * response. `recover` is the CMS started again a quarter of an hour later (its clock moved past the stale hold):
 * the minute's task hands the killed job back to the queue (`RELEASED <n>`), its job runner runs what is queued
 * (`JOBS <left>`), then the operator's `npm run cms:resync` (its function, in this process: one start of Payload
 * is slow enough) reports what was still out of line (`RESYNCED <report>`: nothing, when the runner recovered it).
 */
import { getPayload } from 'payload';
import config from '../../../cms/payload.config.js';
import { drainSyncJobs } from '../../../cms/publishing/drain.js';
import { releaseStaleSyncJobs, STALE_SYNC_JOB_MS } from '../../../cms/publishing/release-stale-jobs.js';
import { SYNC_QUEUE } from '../../../cms/publishing/queue.js';
import { readModelTarget } from '../../../cms/publishing/read-model-target.js';
import { resyncReadModel } from '../../../cms/publishing/resync.js';

const [mode, key, title] = process.argv.slice(2);
const payload = await getPayload({ config });
if (mode === 'publish') {
  const page = await payload.create({
    collection: 'pages',
    data: { key: key!, visibility: 'PUBLIC', title: title!, _status: 'published' },
  });
  console.log(`COMMITTED ${page.id}`);
  await payload.jobs.run({ queue: SYNC_QUEUE, limit: 1, silent: true });
  console.log('SYNCED');
} else {
  // What the minute's task does once the killed job's hold has passed (the clock moved, not waited for).
  console.log(`RELEASED ${await releaseStaleSyncJobs(payload, new Date(Date.now() + STALE_SYNC_JOB_MS + 60_000))}`);
  console.log(`JOBS ${await drainSyncJobs(payload, 2000)}`);
  console.log(`RESYNCED ${JSON.stringify(await resyncReadModel(payload, readModelTarget()))}`);
}
await payload.destroy();
process.exit(0);
