/**
 * One sweep of the webhook sender (functions/webhooks/), in a process the fault suite kills between a claim and
 * its record: prints `SWEPT <counts>` when done. The first argument moves the sweep's clock ahead (ms): the
 * restarted sweep runs as the one a claim's hold later would.
 */
import { randomUUID } from 'node:crypto';
import { loadTableConfig } from '../../../functions/config.js';
import { createDb, createDocumentClient } from '../../../functions/data/db.js';
import { loadWebhookEndpoints } from '../../../functions/webhooks/config.js';
import { deliverDueWebhooks } from '../../../functions/webhooks/deliver.js';

const config = loadTableConfig(process.env);
const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
const now = new Date(Date.now() + Number(process.argv[2] ?? 0));
const counts = await deliverDueWebhooks(
  db,
  config.tenant,
  loadWebhookEndpoints(process.env),
  `webhooks-${randomUUID()}`,
  now,
);
console.log(`SWEPT ${JSON.stringify(counts)}`);
