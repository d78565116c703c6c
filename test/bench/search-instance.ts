import { loadConfig } from '../../functions/config.js';
import { measureSearchInstance, prepareSearchCorpus } from './search.js';

/**
 * The search measurement in processes of their own: `prepare <endpoint> <count>` writes the corpus and
 * runs the indexer; `instance <endpoint> <warm runs>` then plays one API instance, a process that holds
 * only the handler, as a Lambda instance does (the bench's own process has loaded Payload and written tens
 * of thousands of items by then, and the corpus's preparation leaves a large heap: their garbage
 * collector's pauses would be measured as search time). Prints the figures as JSON on its last line.
 */
const [phase, endpoint, figure] = process.argv.slice(2);
const config = loadConfig(process.env);
const result =
  phase === 'prepare'
    ? await prepareSearchCorpus({ config, dynamoEndpoint: endpoint!, count: Number(figure) })
    : await measureSearchInstance({ config, dynamoEndpoint: endpoint!, warmRuns: Number(figure) });
console.log(JSON.stringify(result));
