import { Resource } from 'sst';
import { z } from 'zod';

/**
 * The CMS's settings. On AWS they are linked resources (stacks/cms.ts), read through `Resource`; where a
 * resource is not linked (a local run, the tests), the environment variable of the same setting is used.
 */
function linked<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    // `Resource` throws when this process has no links at all, or not this one: the setting is not linked.
    if (error instanceof Error && /not linked|SST links are active/i.test(error.message)) return undefined;
    throw error;
  }
}

export const cmsSettings = {
  payloadSecret: () => linked(() => Resource.PayloadSecret.value) ?? process.env.PAYLOAD_SECRET,
  /** PostgreSQL on AWS (the linked RDS instance) or DATABASE_URL; SQLite when neither is there. */
  databaseUrl: () =>
    process.env.DATABASE_URL ||
    linked(() => {
      const database = Resource.CmsDatabase;
      return `postgres://${encodeURIComponent(database.username)}:${encodeURIComponent(database.password)}@${database.host}:${database.port}/${database.database}`;
    }),
  tableName: () => linked(() => Resource.VarnaTableAccess.name) ?? process.env.VARNA_TABLE_NAME,
  jobsSecret: () => linked(() => Resource.CmsJobsSecret.value),
  /** The sender of the CMS's mail: VARNA_MAIL_FROM, or on AWS the stage's linked SES sender. */
  mailFrom: () => process.env.VARNA_MAIL_FROM || linked(() => Resource.MailSender.sender),
  /** An SMTP server for the CMS's mail instead of SES (`npm run dev`'s local catcher). */
  smtpUrl: () => process.env.VARNA_SMTP_URL || undefined,
  /** Support resources and organisations not verified for this many months need attention (and their owner a reminder). */
  staleAfterMonths: () => Number(process.env.CMS_STALE_AFTER_MONTHS || 12),
  /** The private media bucket on AWS; locally uploads stay on disk. */
  mediaBucket: () => linked(() => Resource.Media.name),
  /** The stage: VARNA_STAGE, or the SST app's stage under `sst shell`; unset means unknown, never "local". */
  stage: () => process.env.VARNA_STAGE || linked(() => Resource.App.stage),
  /**
   * A run on a developer's machine or in the tests: VARNA_LOCAL=true, set only by `npm run dev`, the CMS
   * commands on its data and the tests (functions/local/environment.ts), never by the stacks. A stage's
   * name decides nothing: a deployed stage called `test` is as closed as production.
   */
  isLocal: () => process.env.VARNA_LOCAL === 'true',
  /** The CMS's public address (an origin, e.g. https://cms.example.se): VARNA_CMS_URL, set by the stacks. */
  serverUrl: () => process.env.VARNA_CMS_URL || undefined,
  /** Signs draft preview links (the API verifies them): the linked PreviewSecret, or VARNA_PREVIEW_SECRET. */
  previewSecret: () => linked(() => Resource.PreviewSecret.value) ?? process.env.VARNA_PREVIEW_SECRET,
  /** The public website, where a preview of a PUBLIC draft opens (its `/preview` route); set per stage by the stacks. */
  webUrl: () => process.env.VARNA_WEB_URL || 'http://127.0.0.1:3001',
  /** The staff intranet, where a preview of an INTERNAL draft opens (its `/preview` route); set per stage by the stacks. */
  intranetUrl: () => process.env.VARNA_INTRANET_URL || 'http://127.0.0.1:3002',
  /** Set only in the short process that brings the local SQLite file up to the config (cms/local-schema.ts). */
  pushesLocalSchema: () => process.env.CMS_PUSH_SCHEMA === 'true',
};

const flag = z.enum(['true', 'false']).optional();

/** The environment variables the CMS reads itself; the linked resources are checked by SST. */
const cmsEnvironment = z.object({
  PAYLOAD_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  DATABASE_URL: z
    .url()
    .refine((url) => /^postgres(ql)?:/.test(url), 'must be a postgres:// address')
    .optional()
    .or(z.literal('')),
  CMS_SQLITE_URL: z
    .string()
    .regex(/^file:/, 'must be a file: address')
    .optional(),
  VARNA_STAGE: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'must be a lower-case slug')
    .optional()
    .or(z.literal('')),
  VARNA_TENANT: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'must be a lower-case slug')
    .optional(),
  VARNA_TABLE_NAME: z
    .string()
    .regex(/^[a-zA-Z0-9_.-]{3,255}$/, 'must be a DynamoDB table name')
    .optional(),
  DYNAMODB_ENDPOINT: z.url().optional(),
  VARNA_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  VARNA_PREVIEW_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  VARNA_WEB_URL: z
    .url()
    .refine((url) => !url.endsWith('/'), 'must not end with a slash')
    .optional(),
  VARNA_INTRANET_URL: z
    .url()
    .refine((url) => !url.endsWith('/'), 'must not end with a slash')
    .optional(),
  CMS_STALE_AFTER_MONTHS: z.coerce.number().int().positive().optional(),
  CMS_AUTORUN_JOBS: flag,
  CMS_SYNC_AFTER_RESPONSE: flag,
  CMS_DEV_ADMIN: flag,
  CMS_PUSH_SCHEMA: flag,
  VARNA_LOCAL: flag,
  // Payload compares a request's Origin with it as a string: scheme, host and port, nothing more.
  VARNA_CMS_URL: z
    .url()
    .refine(
      (url) => new URL(url).origin === url,
      'must be an origin such as https://cms.example.se (no path, no trailing slash)',
    )
    .optional()
    .or(z.literal('')),
});

export class CmsConfigError extends Error {
  override name = 'CmsConfigError';
}

/**
 * Checks the CMS's environment once, when its config loads: a malformed setting stops the admin (or the
 * CLI) at start with a message naming it, as functions/config.ts does for the API.
 */
export function checkCmsEnvironment(env: NodeJS.ProcessEnv = process.env): void {
  const result = cmsEnvironment.safeParse(env);
  if (result.success) return;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new CmsConfigError(`The CMS's configuration is invalid:\n  ${problems.join('\n  ')}`);
}
