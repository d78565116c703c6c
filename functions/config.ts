// zod's tree-shakable build: the Lambda bundle carries only the checks used here.
import * as z from 'zod/mini';
import { DEFAULT_REGION, DEFAULT_TENANT, DEFAULT_TENANT_NAME } from './defaults.js';

/**
 * Configuration, read and checked once at start-up. A missing or malformed setting stops the process
 * (or the Lambda's init) with a message naming it, instead of failing on some later request.
 */
export const tokenRoles = ['staff', 'moderator', 'coordinator', 'association'] as const;
const tokenRole = z.enum(tokenRoles);

const issuer = z.object({
  issuer: z.url(),
  audience: z.string().check(z.minLength(1)),
  /** The issuer's JWKS address; default `<issuer>/.well-known/jwks.json` (Cognito's layout; Entra ID differs). */
  jwksUri: z.optional(z.url()),
  /** The claim that lists the caller's roles (staff, moderator, association). */
  rolesClaim: z._default(z.string(), 'roles'),
  /**
   * The roles this issuer may grant; a role it claims beyond them is ignored. The staff identity provider
   * grants staff, moderator and coordinator (stacks/auth.ts), the association accounts' pool association only.
   */
  allowedRoles: z.array(tokenRole).check(z.minLength(1)),
  /** The role of a verified token that claims none of the allowed roles (every self-registered association account). */
  defaultRole: z.optional(tokenRole),
  /**
   * The municipality of this issuer's callers, where every caller it signs in belongs to one (a municipality's
   * own identity provider); without it and without `tenantClaim`, the stage's default municipality.
   */
  tenant: z.optional(z.string().check(z.regex(/^[a-z0-9-]+$/, 'must be a lower-case slug'))),
  /** The claim that names the caller's municipality, where one issuer signs in several (a regional pool). */
  tenantClaim: z.optional(z.string()),
});

const slug = z.string().check(z.regex(/^[a-z0-9-]+$/, 'must be a lower-case slug'));

const jsonIssuers = z.pipe(
  z.string(),
  z.transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.issues.push({ code: 'custom', message: 'must be a JSON array of issuers', input: text });
      return z.NEVER;
    }
  }),
);

/** What every function that reaches the table needs (the API, the search indexer). */
const tableEnvironment = z.object({
  VARNA_STAGE: z._default(slug, 'local'),
  VARNA_TENANT: z._default(slug, DEFAULT_TENANT),
  VARNA_TENANT_NAME: z._default(z.string().check(z.minLength(1)), DEFAULT_TENANT_NAME),
  VARNA_TABLE_NAME: z.string().check(z.minLength(3)),
  AWS_REGION: z._default(z.string(), DEFAULT_REGION),
  DYNAMODB_ENDPOINT: z.optional(z.url()),
  VARNA_LOG_LEVEL: z._default(z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT']), 'INFO'),
});

const environment = z
  .extend(tableEnvironment, {
    VARNA_CURSOR_SECRET: z.string().check(z.minLength(32, 'must be at least 32 characters')),
    VARNA_AUTH_ISSUERS: z._default(
      z.pipe(
        jsonIssuers,
        z.array(
          issuer.check(
            z.refine((value) => !value.defaultRole || value.allowedRoles.includes(value.defaultRole), {
              message: 'defaultRole must be one of allowedRoles',
            }),
          ),
        ),
      ),
      [],
    ),
    /**
     * Set only by `npm run dev` and the tests (functions/local/environment.ts), never by the stacks: what is
     * open on a developer's machine (the dev issuer, local file links) is decided by this flag, not by a
     * stage's name, so that a deployed stage called `local` or `test` gets none of it.
     */
    VARNA_LOCAL: z.optional(z.enum(['true', 'false'])),
    /** The local dev issuer's public key (JWKS JSON); accepted in local runs only (VARNA_LOCAL). */
    VARNA_DEV_ISSUER_JWKS: z.optional(z.string()),
    VARNA_MAX_BODY_BYTES: z._default(z.coerce.number().check(z.int(), z.positive()), 64 * 1024),
    /** The private media bucket (the CMS's uploads): files reach callers only as presigned links into it. */
    VARNA_MEDIA_BUCKET: z.optional(z.string().check(z.minLength(3))),
    /** Locally, where the dev server serves the CMS's uploads under signed links (`npm run dev`). */
    VARNA_LOCAL_FILES_URL: z.optional(z.url()),
    /** Verifies the CMS's draft preview links (the linked PreviewSecret); without it a preview header is refused. */
    VARNA_PREVIEW_SECRET: z.optional(z.string().check(z.minLength(32, 'must be at least 32 characters'))),
    /** Whether only the operations of the persisted query list are answered; default on in production only. */
    VARNA_SAFELIST: z.optional(z.enum(['on', 'off'])),
  })
  .check(
    z.refine((env) => !env.VARNA_LOCAL_FILES_URL || env.VARNA_LOCAL === 'true', {
      path: ['VARNA_LOCAL_FILES_URL'],
      message: 'local file links are for local runs (VARNA_LOCAL=true); a deployed stage links into VARNA_MEDIA_BUCKET',
    }),
    z.refine((env) => !env.VARNA_DEV_ISSUER_JWKS || env.VARNA_LOCAL === 'true', {
      path: ['VARNA_DEV_ISSUER_JWKS'],
      message:
        'the dev issuer is accepted only in local runs (VARNA_LOCAL=true); a deployed stage trusts only VARNA_AUTH_ISSUERS',
    }),
  );

/** The table and whose data in it: all the search indexer needs. */
export interface TableConfig {
  stage: string;
  /** The stage's default municipality: a request that names none is answered for it. */
  tenant: string;
  /** Its name, as residents read it ("Botkyrka"). */
  tenantName: string;
  dynamo: { tableName: string; region: string; endpoint: string | undefined };
  logLevel: z.output<typeof tableEnvironment>['VARNA_LOG_LEVEL'];
}

export interface Config extends TableConfig {
  cursorSecret: string;
  issuers: z.output<typeof issuer>[];
  devIssuerJwks: string | undefined;
  maxBodyBytes: number;
  /** Where stored files are linked from: the media bucket (AWS) or the local dev server; neither means no links. */
  files: { bucket: string | undefined; localUrl: string | undefined };
  /** Introspection and the stack of developer conveniences are on only in local runs and the `dev` stage. */
  introspection: boolean;
  /** Only the operations of the persisted query list are answered (functions/server/persisted-queries.ts). */
  safelist: boolean;
  /** The secret of draft preview links (functions/preview/token.ts); none means no previews. */
  previewSecret: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** An environment checked against `schema`; what is wrong is a ConfigError naming each variable. */
export function parsedEnvironment<Schema extends z.ZodMiniType>(
  schema: Schema,
  env: Record<string, unknown>,
  what = "Värna's configuration",
): z.output<Schema> {
  // Parsed once per instance: compiling zod's fast path for it (`new Function`) would cost a cold start more than it saves.
  const result = schema.safeParse(env, { jitless: true });
  if (!result.success) {
    const problems = result.error.issues
      .map(
        (issue) =>
          `  ${issue.path.join('.')}: ${env[String(issue.path[0])] === undefined ? 'is required' : issue.message}`,
      )
      .join('\n');
    throw new ConfigError(`${what} is not valid:\n${problems}`);
  }
  return result.data;
}

const tableConfigOf = (value: z.output<typeof tableEnvironment>): TableConfig => ({
  stage: value.VARNA_STAGE,
  tenant: value.VARNA_TENANT,
  tenantName: value.VARNA_TENANT_NAME,
  dynamo: { tableName: value.VARNA_TABLE_NAME, region: value.AWS_REGION, endpoint: value.DYNAMODB_ENDPOINT },
  logLevel: value.VARNA_LOG_LEVEL,
});

export const loadTableConfig = (env: Record<string, string | undefined> = process.env): TableConfig =>
  tableConfigOf(parsedEnvironment(tableEnvironment, env));

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const value = parsedEnvironment(environment, env);
  return {
    ...tableConfigOf(value),
    cursorSecret: value.VARNA_CURSOR_SECRET,
    issuers: value.VARNA_AUTH_ISSUERS,
    devIssuerJwks: value.VARNA_DEV_ISSUER_JWKS,
    maxBodyBytes: value.VARNA_MAX_BODY_BYTES,
    files: { bucket: value.VARNA_MEDIA_BUCKET, localUrl: value.VARNA_LOCAL_FILES_URL },
    introspection: value.VARNA_LOCAL === 'true' || value.VARNA_STAGE === 'dev',
    safelist: value.VARNA_SAFELIST ? value.VARNA_SAFELIST === 'on' : value.VARNA_STAGE === 'production',
    previewSecret: value.VARNA_PREVIEW_SECRET,
  };
}
