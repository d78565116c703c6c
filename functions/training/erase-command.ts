/**
 * `npm run staff:erase -- --sub ID`: erases one staff member's training registrations on their request
 * (GDPR art. 17). Registrations for trainings not yet started are cancelled (the first waiting person
 * moves up; the person is not written to), then every one is anonymised: name, e-mail and subject are
 * removed, counts stay; the e-mail about them in the outbox is deleted.
 *
 * With nothing configured it works on the DynamoDB Local that `npm run dev` runs for the data folder
 * (`.data/`, or VARNA_DATA_DIR), never on a guessed port; with VARNA_TABLE_NAME (or the links `sst shell`
 * passes) it works on that stage's table, and needs the stage's cursor secret (VARNA_CURSOR_SECRET or the
 * linked CursorSecret), which keys the person's pseudonym on registrations already anonymised.
 */
import { parseArgs } from 'node:util';
import { loadTableConfig } from '../config.js';
import { createDb, createDocumentClient } from '../data/db.js';
import { Resource } from 'sst/resource';
import { localApiEnvironment, localDynamoEndpoint, localTableName } from '../local/environment.js';
import { registrationIdOf } from './context.js';
import { cancelTrainingRegistration } from './registrations.js';
import { eraseStaffMember } from './retention.js';
import { eraseCalendarTokens } from '../calendar/tokens.js';

async function main() {
  const { values } = parseArgs({ options: { sub: { type: 'string' } } });
  const subject = values.sub?.trim();
  if (!subject) {
    console.error('Usage: npm run staff:erase -- --sub ID   (the staff member’s subject, as in their tokens)');
    process.exit(2);
  }
  const configured = Boolean(process.env.VARNA_TABLE_NAME);
  const env = configured
    ? process.env
    : {
        ...process.env,
        ...(await localApiEnvironment({ endpoint: localDynamoEndpoint(), tableName: localTableName })),
      };
  const config = loadTableConfig(env);
  const cursorSecret = env.VARNA_CURSOR_SECRET || linkedCursorSecret();
  if (!cursorSecret)
    throw new Error(
      'Set VARNA_CURSOR_SECRET to the stage’s CursorSecret (or run under `sst shell`): it keys the pseudonym to erase.',
    );
  const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
  const now = new Date();
  // Cancelling on the person's behalf, as a coordinator may; the cancellation's own rules apply (promotion, started trainings).
  const context = {
    db,
    tenant: config.tenant,
    now,
    viewer: { role: 'COORDINATOR' as const, roles: ['COORDINATOR' as const], subject: 'staff:erase' },
    cursorSecret,
  };
  const outcome = await eraseStaffMember(context, subject, async (registration) => {
    await cancelTrainingRegistration(context, registrationIdOf(registration), { tellPerson: false });
  });
  // The person's calendar links name them (their subject) and would keep serving their trainings.
  const links = await eraseCalendarTokens(context, subject);
  console.log(
    `Erased ${subject}: ${outcome.cancelled} upcoming registration(s) cancelled, ${outcome.anonymised} registration(s) anonymised, ${outcome.messages} training e-mail(s) deleted, ${links} calendar link(s) revoked.`,
  );
}

/** The stage's cursor secret when `sst shell` links it. */
function linkedCursorSecret(): string | undefined {
  try {
    return Resource.CursorSecret.value;
  } catch (error) {
    // `Resource` throws when nothing is linked (not under `sst shell`): the secret must come from the environment.
    if (error instanceof Error && /not linked|SST links are active/i.test(error.message)) return undefined;
    throw error;
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    /ECONNREFUSED/.test(message)
      ? 'DynamoDB Local does not answer: start `npm run dev` first (or set VARNA_TABLE_NAME for a stage).'
      : message,
  );
  process.exit(1);
});
