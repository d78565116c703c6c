/**
 * `npm run association:erase -- --account ID` (or `--id ASSOCIATION_ID`): erases an association account's
 * personal data on request (GDPR art. 17; what that means per status: eraseAssociation in retention.ts).
 *
 * With nothing configured it works on the DynamoDB Local that `npm run dev` runs for the data folder
 * (`.data/`, or VARNA_DATA_DIR), never on a guessed port; with VARNA_TABLE_NAME (or the links
 * `sst shell` passes) it works on that stage's table (as `npm run staff:erase`, functions/training/erase-command.ts).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadTableConfig } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import { defaultDataDir, localApiEnvironment, localDynamoEndpoint, localTableName } from '../local/environment.js';
import { eraseAssociation } from './retention.js';

const USAGE =
  'Usage: npm run association:erase -- --account ID   (the association account’s subject, as in its tokens), or --id ASSOCIATION_ID';

/** A call without what to erase: the command prints the usage and exits 2. */
class UsageError extends Error {}

/** Runs the command with these arguments and environment; returns what it prints. */
export async function main(args: string[], env: Record<string, string | undefined> = process.env): Promise<string> {
  const { values } = parseArgs({ args, options: { account: { type: 'string' }, id: { type: 'string' } } });
  const accountId = values.account?.trim();
  const id = values.id?.trim();
  // One of the two, never both: an erasure names exactly what it erases.
  if (!accountId === !id) throw new UsageError(USAGE);
  const configured = Boolean(env.VARNA_TABLE_NAME);
  const dataDir = env.VARNA_DATA_DIR ? resolve(env.VARNA_DATA_DIR) : defaultDataDir;
  const tableEnv = configured
    ? env
    : {
        ...env,
        ...(await localApiEnvironment({ endpoint: localDynamoEndpoint(dataDir), tableName: localTableName, dataDir })),
      };
  const config = loadTableConfig(tableEnv);
  const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
  const erased = await eraseAssociation(
    { db, tenant: config.tenant, now: new Date() },
    accountId ? { accountId } : { id: id! },
  );
  const named = accountId ? `account ${accountId}` : `association ${id}`;
  if (!erased.found) return `No association of ${named}: nothing erased.`;
  const what = erased.deleted
    ? `${erased.status}, deleted with its guards and ${erased.activities} activity(ies)`
    : 'APPROVED: its public data stays, its contact person and moderator’s note are removed';
  return `Erased ${named} (association ${erased.id}, ${what}); ${erased.mail} e-mail(s) deleted, ${erased.redacted} audit record(s) redacted.`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (message) => console.log(message),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      console.error(
        /ECONNREFUSED/.test(message)
          ? 'DynamoDB Local does not answer: start `npm run dev` first (or set VARNA_TABLE_NAME for a stage).'
          : message,
      );
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}
