import { JobCancelledError, type Payload, type TaskConfig } from 'payload';
import { InvalidDocumentError } from '../../functions/read-model/publish.js';
import { isEditorialCollection } from '../../functions/content-types/index.js';
import { DocumentWithoutMunicipalityError, syncDocument } from './sync.js';
import { forgetSyncState, readSyncState, recordSyncState } from './sync-state.js';
import { RETRYING } from './describe-sync-state.js';

const attempts = 10;

/** Failures a retry cannot mend: the API refuses the document, or it belongs to no municipality. */
const refused = (error: unknown) =>
  error instanceof InvalidDocumentError || error instanceof DocumentWithoutMunicipalityError;

/**
 * Since when the website has shown what it shows now: the time of the sync that first brought this live
 * state (this publish or unpublish) there. A sync after a draft save writes the same published revision
 * again; the website has shown it since the earlier sync, not since the draft save.
 */
async function liveSince(
  payload: Payload,
  collection: string,
  id: string,
  result: { action: 'publish' | 'unpublish'; revision: number },
): Promise<string> {
  const previous = await readSyncState(payload, collection, id);
  const since = previous?.syncedAt ? Date.parse(previous.syncedAt) : NaN;
  if (previous?.action === result.action && since >= result.revision) return previous.syncedAt!;
  return new Date().toISOString();
}

/**
 * The read-model sync job: retried with exponential backoff (0.5 s, 1 s, 2 s … about 4 minutes in all)
 * while DynamoDB is unreachable; a job that still fails stays in the jobs list as failed, for the alarm.
 * A document the read model refuses can never succeed: it fails once, without retries. Every outcome is
 * recorded for the document's edit view ("on the website since …", "failed: reason").
 */
export const syncReadModelTask: TaskConfig<{
  input: { collection: string; id: string; key: string; revision?: number | null };
  output: { action: string; outcome: string };
}> = {
  slug: 'syncReadModel',
  label: 'Sync a document to the API',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'key', type: 'text', required: true },
    { name: 'revision', type: 'number' },
  ],
  outputSchema: [
    { name: 'action', type: 'text', required: true },
    { name: 'outcome', type: 'text', required: true },
  ],
  retries: { attempts, backoff: { type: 'exponential', delay: 500 } },
  handler: async ({ input, job, req }) => {
    const { payload } = req;
    if (!isEditorialCollection(input.collection)) throw new Error(`Not an editorial collection: ${input.collection}`);
    try {
      // The frontends hear of a change in the write that makes it (syncDocument): a retry or a duplicate run finds it made.
      const result = await syncDocument(payload, {
        collection: input.collection,
        id: input.id,
        key: input.key,
        revision: input.revision ?? undefined,
      });
      if (result.deleted) await forgetSyncState(payload, input.collection, input.id);
      else
        await recordSyncState(payload, input.collection, input.id, {
          state: 'synced',
          action: result.action,
          syncedAt: await liveSince(payload, input.collection, input.id, result),
        });
      return { output: { action: result.action, outcome: result.outcome } };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const final = refused(error) || (job.totalTried ?? 0) + 1 >= attempts;
      // The alarm's log filter counts this line (stacks/monitoring.ts).
      payload.logger.error({ collection: input.collection, id: input.id, final }, `Read-model sync failed: ${reason}`);
      await recordSyncState(payload, input.collection, input.id, {
        state: 'failed',
        error: final ? reason : `${reason}${RETRYING}`,
      });
      if (error instanceof InvalidDocumentError)
        throw new JobCancelledError(`The API refuses this document, so it cannot be published: ${reason}`);
      if (error instanceof DocumentWithoutMunicipalityError) throw new JobCancelledError(reason);
      throw error;
    }
  },
};
