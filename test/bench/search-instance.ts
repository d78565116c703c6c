import { loadConfig } from '../../functions/config.js';
import { measureSearch } from './search.js';

/**
 * The search measurement in a process of its own, as a Lambda instance holds only the API: the bench's
 * own process has loaded Payload and written tens of thousands of items by then, and its garbage
 * collector's pauses would be measured as search time. Prints the figures as JSON on its last line.
 */
const [endpoint, count, warmRuns] = process.argv.slice(2);
const result = await measureSearch({ config: loadConfig(process.env), dynamoEndpoint: endpoint!, count: Number(count), warmRuns: Number(warmRuns) });
console.log(JSON.stringify(result));
