/**
 * EXAMPLE DATA for the dashboard's "needs attention" (`npm run dev`'s first start, the browser tests):
 * one draft scheduled for publication in a week, and one organisation whose (example) sync failed. The
 * drafts, the register's queue and the stale details are in the example content itself.
 */
import type { Payload } from 'payload';
import { recordSyncState } from '../publishing/sync-state.js';

const day = 24 * 60 * 60 * 1000;

export async function seedAttentionExamples(payload: Payload, now: Date): Promise<void> {
  const { docs: drafts } = await payload.find({
    collection: 'pages',
    where: { _status: { equals: 'draft' } },
    draft: true,
    limit: 1,
    depth: 0,
    overrideAccess: true,
  });
  if (drafts[0]) {
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'pages', value: drafts[0].id } },
      waitUntil: new Date(now.getTime() + 7 * day),
      overrideAccess: true,
    });
  }
  const { docs: organisations } = await payload.find({
    collection: 'organisations',
    limit: 1,
    sort: 'name',
    depth: 0,
    overrideAccess: true,
  });
  if (organisations[0]) {
    await recordSyncState(payload, 'organisations', organisations[0].id, {
      state: 'failed',
      action: 'publish',
      error: '(exempel) DynamoDB svarade inte i tid; försök igen.',
      changedAt: now.toISOString(),
    });
  }
}
