import { localCmsEnvironment, localTableName } from '../../functions/local/environment.js';

/**
 * The CMS command-line tools run against a deployed database when DATABASE_URL and the table are set;
 * otherwise against `npm run dev`'s local SQLite file and DynamoDB Local.
 */
export function prepareCliEnvironment(): void {
  if (process.env.DATABASE_URL || process.env.PAYLOAD_SECRET) return;
  const local = localCmsEnvironment({ endpoint: `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 8000}`, tableName: localTableName });
  for (const [name, value] of Object.entries(local)) process.env[name] ??= value;
  // The CLI runs the sync jobs itself, to completion; it leaves no background runner behind.
  process.env.CMS_AUTORUN_JOBS = 'false';
}

export async function loadPayload() {
  prepareCliEnvironment();
  const { getPayload } = await import('payload');
  const { default: config } = await import('../payload.config.js');
  return getPayload({ config });
}

/** Runs a CLI's main: exit 0 when done, or print the error's message (no stack for expected errors) and exit 1. */
export function runCli(main: () => Promise<void>, isExpected: (error: unknown) => boolean = (error) => error instanceof Error): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(isExpected(error) && error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
