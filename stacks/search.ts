import { searchPointerStreamFilter } from '../functions/search/stream-filter';
import { functionDefaults, functionEnvironment, sourceMappedStacks, stageConfig } from './config';
import { table, tableLink } from './storage';

/**
 * The search indexer: the table's stream, filtered to the search pointer, wakes it after every change to
 * searchable content (a publish from the CMS, a moderation decision in the API); it builds the indexes
 * and stores them for the API's instances. No search cluster: an index is a few items in the table.
 */
// Reads the read model and the register; writes index chunks (BatchWriteItem), their expiry and the pointer.
export const searchIndexerAccess = tableLink('SearchIndexerTableAccess', [
  'GetItem',
  'Query',
  'BatchWriteItem',
  'UpdateItem',
]);

export const searchIndexer = table.subscribe(
  'SearchIndexer',
  {
    ...functionDefaults,
    environment: { ...functionEnvironment, ...sourceMappedStacks },
    handler: 'functions/handlers/search-indexer.handler',
    // Building five locales' indexes of two scopes is CPU-bound: more memory is more CPU.
    memory: '2048 MB',
    timeout: '2 minutes',
    link: [searchIndexerAccess],
  },
  {
    filters: [searchPointerStreamFilter(stageConfig.tenant)],
    transform: {
      eventSourceMapping: (args) => {
        // A burst of changes (an import, a moderator's session) becomes one build: wait a second for the batch.
        args.batchSize = 100;
        args.maximumBatchingWindowInSeconds = 1;
        // A failed build is retried; the next change would rebuild anyway, so a batch is not retried forever.
        args.maximumRetryAttempts = 5;
      },
    },
  },
);
