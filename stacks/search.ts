import { deployedFunctions } from '../functions/handlers/triggers';
import { functionDefaults, functionEnvironment, sourceMappedStacks } from './config';
import { streamSubscriber, tableLink } from './storage';

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

export const { subscriber: searchIndexer, failures: searchIndexerStreamFailures } = streamSubscriber(
  'SearchIndexer',
  {
    ...functionDefaults,
    environment: { ...functionEnvironment, ...sourceMappedStacks },
    handler: deployedFunctions.searchIndexer.handler,
    // Building five locales' indexes of two scopes is CPU-bound: more memory is more CPU.
    memory: '2048 MB',
    timeout: '2 minutes',
    link: [searchIndexerAccess],
  },
  // Filtered to the search pointer, batched so that a burst of changes becomes one build.
  deployedFunctions.searchIndexer.stream,
);
