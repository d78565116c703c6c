/**
 * One sweep of the notifier (functions/notifications/), in a process the fault suite kills between a claim and
 * its record: prints `SWEPT <counts>` when done. The first argument moves the sweep's clock ahead (ms): the
 * restarted sweep runs as the one a claim's hold later would.
 */
import { randomUUID } from 'node:crypto';
import { loadTableConfig } from '../../../functions/config.js';
import { createDb, createDocumentClient } from '../../../functions/data/db.js';
import { loadMailSettings } from '../../../functions/notifications/config.js';
import { deliverDue } from '../../../functions/notifications/deliver.js';
import { createSendMail } from '../../../functions/notifications/mail.js';

const config = loadTableConfig(process.env);
const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
const now = new Date(Date.now() + Number(process.argv[2] ?? 0));
const counts = await deliverDue(
  db,
  config.tenant,
  createSendMail(loadMailSettings(process.env)),
  `notifier-${randomUUID()}`,
  now,
);
console.log(`SWEPT ${JSON.stringify(counts)}`);
