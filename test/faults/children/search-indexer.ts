/**
 * One run of the search indexer (what the table's stream wakes), in a process the fault suite kills half-way
 * through storing the indexes: prints `INDEXED <outcome>` when the run is done.
 */
import { loadTableConfig } from '../../../functions/config.js';
import { createDb, createDocumentClient } from '../../../functions/data/db.js';
import { rebuildSearchIndexes } from '../../../functions/search/indexer.js';

const config = loadTableConfig(process.env);
const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
const outcome = await rebuildSearchIndexes(db, config.tenant, new Date());
console.log(`INDEXED ${JSON.stringify(outcome)}`);
