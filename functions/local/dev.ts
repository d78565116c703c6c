/**
 * `npm run dev`: DynamoDB Local, the table, the example content on first start (editorial content
 * through `cms:import`, as an editor's publish; the association register straight into DynamoDB, which
 * owns it), the API at http://127.0.0.1:$API_PORT/graphql and the CMS admin at
 * http://127.0.0.1:$CMS_PORT/admin, with the search indexer, the notifier and the webhook sender on the
 * table's stream and their schedules (the deployed triggers, functions/handlers/triggers.ts), and a local
 * SMTP server that keeps all mail under `.data/mail/`. Ctrl-C / SIGTERM stops everything; data stays under `.data/`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, loadTableConfig } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import { deployedFunctions, type StreamTrigger } from '../handlers/triggers.js';
import { exampleContent } from '../read-model/fixture.js';
import { createNotifierHandler } from '../notifications/handler.js';
import { createSearchIndexerHandler } from '../search/stream-handler.js';
import { pushLocalSchema } from '../../cms/local-schema.js';
import { loadSampleRegister } from '../../cms/seed/register.js';
import { loadSampleTrainingHistory } from '../../cms/seed/training-history.js';
import { ensureTable, startDynamoLocal } from './dynamodb-local.js';
import { loadRetentionMonths } from '../training/config.js';
import { createRetentionHandler } from '../training/retention-handler.js';
import { createReminderHandler } from '../training/reminder-handler.js';
import { stampLegacyRolls } from '../training/legacy-rolls.js';
import {
  defaultDataDir as dataDir,
  forgetLocalDynamoEndpoint,
  localApiEnvironment,
  localCmsEnvironment,
  localTableName,
  recordLocalDynamoEndpoint,
} from './environment.js';
import { createLocalApiServer } from './http-server.js';
import { startMailCatcher, type MailCatcher } from './mail-catcher.js';
import { streamFailureFile } from './stream-failures.js';
import { subscribeToTableStream, type TableStreamSubscription } from './table-stream.js';
import { loadWebhookEndpoints } from '../webhooks/config.js';
import { createWebhookSenderHandler } from '../webhooks/handler.js';
import { routedAsDeployed } from '../server/api.js';
import { DEV_ADMIN } from '../../cms/dev-admin.js';
import { warmAdminPages } from './admin-warmup.js';

// The AWS SDK warns on Node 20 that its 2027 releases need Node 22 (a machine without .ci/node.sh's Node 24).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const apiPort = Number(process.env.API_PORT ?? 4000);
const cmsPort = Number(process.env.CMS_PORT ?? 3000);
const dynamoPort = Number(process.env.DYNAMODB_PORT ?? 8000);
const mailPort = Number(process.env.MAIL_PORT ?? 1025);
// The stream subscriptions' on-failure destination (an SQS queue on AWS): a JSON line per record set aside.
const streamFailuresDir = join(dataDir, 'stream-failures');
// Each function's trigger as the stacks declare it (functions/handlers/triggers.ts), schedules at their dev intervals.
const { searchIndexer: indexerTrigger, notifier: notifierTrigger, webhookSender: webhookTrigger } = deployedFunctions;
const { registrationRetention: retentionTrigger, trainingReminders: reminderTrigger } = deployedFunctions;

function run(command: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(command, args, { env: { ...process.env, ...env }, stdio: 'inherit' });
}

const finished = (child: ChildProcess) =>
  new Promise<number>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code ?? 1)),
  );

/**
 * A function on the table's stream and on its schedule at the dev interval, as the stacks run the notifier and the
 * webhook sender (stacks/storage.ts's streamedAndSwept); stopping it stops both.
 */
async function streamedAndSwept(
  local: { endpoint: string },
  name: string,
  trigger: { stream: StreamTrigger; schedule: { devEveryMs: number } },
  run: (event?: DynamoDBStreamEvent) => Promise<unknown>,
): Promise<TableStreamSubscription> {
  const subscription = await subscribeToTableStream({
    endpoint: local.endpoint,
    tableName: localTableName,
    filters: [trigger.stream.filter],
    handler: run,
    retries: trigger.stream.retries,
    onSetAside: streamFailureFile(streamFailuresDir, name),
    onError: (error) => console.error(`${name} failed (retrying):`, error),
  });
  const sweep = setInterval(
    // No records: the sweep (an EventBridge event on AWS).
    () => run().catch((error: unknown) => console.error(`${name} sweep failed:`, error)),
    trigger.schedule.devEveryMs,
  );
  return {
    caughtUp: () => subscription.caughtUp(),
    stop: async () => {
      clearInterval(sweep);
      await subscription.stop();
    },
  };
}

/** Compiles the admin's pages ahead as the local admin and says when a first visit takes seconds. */
async function compileAdminAhead(baseUrl: string) {
  const started = performance.now();
  try {
    const visits = await warmAdminPages(baseUrl, DEV_ADMIN);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(`CMS admin ready: ${visits.length} pages compiled ahead in ${seconds} s (${baseUrl}/admin).`);
  } catch (error) {
    // Only a convenience: the admin still compiles each page on its first visit.
    console.error('Compiling the admin ahead failed:', error instanceof Error ? error.message : error);
  }
}

async function main() {
  const dynamo = await startDynamoLocal({ port: dynamoPort, path: join(dataDir, 'dynamodb') });
  // The commands (staff:erase, cms:*) find this instance by its data folder, never by a default port.
  recordLocalDynamoEndpoint(dataDir, dynamo.endpoint);
  let cms: ChildProcess | undefined;
  let searchIndexer: TableStreamSubscription | undefined;
  let notifier: TableStreamSubscription | undefined;
  let webhookSender: TableStreamSubscription | undefined;
  let retention: NodeJS.Timeout | undefined;
  let reminders: NodeJS.Timeout | undefined;
  let mailCatcher: MailCatcher | undefined;
  const stopAll = async () => {
    clearInterval(retention);
    clearInterval(reminders);
    await searchIndexer?.stop();
    await notifier?.stop();
    await webhookSender?.stop();
    await mailCatcher?.stop();
    if (cms && cms.exitCode === null) {
      cms.kill('SIGTERM');
      await finished(cms);
    }
    forgetLocalDynamoEndpoint(dataDir);
    await dynamo.stop();
  };
  try {
    // Mail stays on this machine: every message the register or the CMS sends lands under .data/mail/.
    mailCatcher = await startMailCatcher({ port: mailPort, dir: join(dataDir, 'mail') });
    const created = await ensureTable(dynamo.endpoint, localTableName);
    const apiEnvironment = await localApiEnvironment({ endpoint: dynamo.endpoint, tableName: localTableName });
    const config = loadConfig(apiEnvironment);
    // The search indexer on the table's stream, as the stack subscribes it (from now on: the import below wakes it too).
    searchIndexer = await subscribeToTableStream({
      endpoint: dynamo.endpoint,
      tableName: localTableName,
      filters: [indexerTrigger.stream.filter],
      handler: createSearchIndexerHandler(loadTableConfig(apiEnvironment)),
      retries: indexerTrigger.stream.retries,
      onSetAside: streamFailureFile(streamFailuresDir, 'Search indexer'),
      onError: (error) => console.error('Search indexer failed (retrying):', error),
    });
    // The notifier on the stream's new outbox messages and on a timer for retries, as the stack runs it.
    const mail = {
      from: 'Botkyrka kommun, föreningsregistret <foreningsregistret@varna.local>',
      smtpUrl: mailCatcher.url,
    };
    const local = { endpoint: dynamo.endpoint };
    notifier = await streamedAndSwept(
      local,
      'Notifier',
      notifierTrigger,
      createNotifierHandler(loadTableConfig(apiEnvironment), mail),
    );
    // The webhook sender likewise (endpoints from VARNA_WEBHOOK_ENDPOINTS; none by default).
    webhookSender = await streamedAndSwept(
      local,
      'Webhook sender',
      webhookTrigger,
      createWebhookSenderHandler(loadTableConfig(apiEnvironment), loadWebhookEndpoints(process.env)),
    );
    const anonymiseOld = createRetentionHandler(loadTableConfig(apiEnvironment), loadRetentionMonths());
    const runRetention = () =>
      void anonymiseOld().catch((error: unknown) => console.error('Registration retention failed:', error));
    retention = setInterval(runRetention, retentionTrigger.schedule.devEveryMs);
    // The day-before reminders into the outbox (the notifier above sends them), at the dev interval.
    const remind = createReminderHandler(loadTableConfig(apiEnvironment));
    const runReminders = () =>
      void remind().catch((error: unknown) => console.error('Training reminders failed:', error));
    reminders = setInterval(runReminders, reminderTrigger.schedule.devEveryMs);
    const cmsEnvironment = {
      ...localCmsEnvironment({ endpoint: dynamo.endpoint, tableName: localTableName }),
      VARNA_SMTP_URL: mail.smtpUrl,
      VARNA_MAIL_FROM: mail.from,
    };
    if (created) {
      const now = new Date();
      const seedFile = join(dataDir, 'seed', 'editorial.json');
      mkdirSync(join(dataDir, 'seed'), { recursive: true });
      writeFileSync(seedFile, JSON.stringify(exampleContent(now), null, 2));
      console.log(
        'First start: importing the example content (Botkyrka, Huddinge, Haninge and the national support line) through the CMS…',
      );
      const importer = run(
        process.execPath,
        [
          '--conditions=development',
          '--import',
          'tsx',
          'cms/cli/import.ts',
          seedFile,
          '--dashboard-examples',
          // Huddinge and Haninge beside Botkyrka (issue 32), each with a little example content of its own, and the
          // national tenant's support line, which all three show.
          '--municipal-examples',
        ],
        cmsEnvironment,
      );
      if ((await finished(importer)) !== 0) throw new Error('Importing the example content failed (see above).');
      const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
      await loadSampleRegister(db, config.tenant, now);
      await loadSampleTrainingHistory(db, config.tenant, now, config.cursorSecret);
      console.log('Loaded the example association register and the example trainings’ registrations.');
    }
    // Rolls from before they carried their training's end, then the retention job, as after a deploy.
    await stampLegacyRolls({
      db: createDb(createDocumentClient(config.dynamo), config.dynamo.tableName),
      tenant: config.tenant,
    });
    runRetention();
    runReminders();
    Object.assign(process.env, apiEnvironment);
    // The CMS's uploads (its staticDir under the same data folder), linked as the bucket is on AWS.
    process.env.VARNA_LOCAL_FILES_URL = `http://127.0.0.1:${apiPort}/files`;
    // The deployed entry points themselves, reading their links from the environment as they do in Lambda,
    // routed as API Gateway routes them (stacks/api.ts).
    const { handler: graphql } = await import('../handlers/graphql.js');
    const { handler: feeds } = await import('../handlers/feeds.js');
    const handler = routedAsDeployed({ graphql, feeds });
    const server = createLocalApiServer(handler, config.maxBodyBytes, {
      dir: join(dataDir, 'media'),
      secret: config.cursorSecret,
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(apiPort, '127.0.0.1', resolve);
    });
    // The admin does not push schema changes itself (cms/local-schema.ts): bring the SQLite file up to the config first.
    pushLocalSchema({ ...process.env, ...cmsEnvironment });
    cms = run(
      process.execPath,
      ['node_modules/next/dist/bin/next', 'dev', 'cms', '--port', String(cmsPort), '--hostname', '127.0.0.1'],
      cmsEnvironment,
    );
    console.log(`Värna API:       http://127.0.0.1:${apiPort}/graphql`);
    console.log(
      `CMS admin:       http://127.0.0.1:${cmsPort}/admin  (local admin: admin@varna.local / varna-local-admin; its pages are being compiled ahead, see below)`,
    );
    // The admin's pages compiled ahead (a first compile took minutes): a person's first visit then takes seconds.
    if (process.env.CMS_WARM_ADMIN !== 'off') void compileAdminAhead(`http://127.0.0.1:${cmsPort}`);
    console.log(`Mail:            ${mailCatcher.url} (every message kept in ${join(dataDir, 'mail')})`);
    console.log(`DynamoDB Local:  ${dynamo.endpoint} (table ${localTableName}, data in ${join(dataDir, 'dynamodb')})`);
    console.log(
      'Tokens:          npm run token -- --role staff|moderator|coordinator|association [--sub ID] [--name NAME] [--email ADDRESS]',
    );
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${signal}: stopping…`);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stopAll();
      process.exit(0);
    };
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
    cms.once('exit', (code) => {
      if (!stopping) {
        console.error(`The CMS admin stopped (exit code ${code}); stopping the rest.`);
        void stop('CMS exit');
      }
    });
  } catch (error) {
    await stopAll();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
