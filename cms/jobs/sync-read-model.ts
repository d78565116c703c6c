import type { TaskConfig } from 'payload';
import { isEditorialCollection } from '../publishing/to-document.js';
import { syncDocument } from '../publishing/sync.js';

/**
 * The read-model sync job: retried with exponential backoff (0.5 s, 1 s, 2 s … about 4 minutes in all)
 * while DynamoDB is unreachable; a job that still fails stays in the jobs list as failed, for the alarm.
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
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 500 } },
  handler: async ({ input, req }) => {
    if (!isEditorialCollection(input.collection)) throw new Error(`Not an editorial collection: ${input.collection}`);
    const result = await syncDocument(req.payload, { collection: input.collection, id: input.id, key: input.key, revision: input.revision ?? undefined });
    return { output: result };
  },
};
