import { z } from 'zod';

/**
 * Configuration, read and checked once at start-up. A missing or malformed setting stops the process
 * (or the Lambda's init) with a message naming it, instead of failing on some later request.
 */
const issuer = z.object({
  issuer: z.url(),
  audience: z.string().min(1),
  /** The issuer's JWKS address; default `<issuer>/.well-known/jwks.json` (Cognito's layout). */
  jwksUri: z.url().optional(),
  /** The claim that lists the caller's roles (staff, moderator, association). */
  rolesClaim: z.string().default('roles'),
});

const localStages = ['local', 'test'];

const environment = z
  .object({
    VARNA_STAGE: z.string().regex(/^[a-z0-9-]+$/).default('local'),
    VARNA_TENANT: z.string().regex(/^[a-z0-9-]+$/, 'must be a lower-case slug').default('botkyrka'),
    VARNA_TABLE_NAME: z.string().min(3),
    AWS_REGION: z.string().default('eu-north-1'),
    DYNAMODB_ENDPOINT: z.url().optional(),
    VARNA_CURSOR_SECRET: z.string().min(32, 'must be at least 32 characters'),
    VARNA_AUTH_ISSUERS: z
      .string()
      .default('[]')
      .transform((text, ctx) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'must be a JSON array of issuers' });
          return z.NEVER;
        }
      })
      .pipe(z.array(issuer)),
    /** The local dev issuer's public key (JWKS JSON); accepted in local stages only. */
    VARNA_DEV_ISSUER_JWKS: z.string().optional(),
    VARNA_MAX_BODY_BYTES: z.coerce.number().int().positive().default(64 * 1024),
    VARNA_LOG_LEVEL: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT']).default('INFO'),
  })
  .refine((env) => !env.VARNA_DEV_ISSUER_JWKS || localStages.includes(env.VARNA_STAGE), {
    path: ['VARNA_DEV_ISSUER_JWKS'],
    message: 'the dev issuer is accepted only in the local and test stages; a deployed stage trusts only VARNA_AUTH_ISSUERS',
  });

export interface Config {
  stage: string;
  tenant: string;
  dynamo: { tableName: string; region: string; endpoint: string | undefined };
  cursorSecret: string;
  issuers: z.output<typeof issuer>[];
  devIssuerJwks: string | undefined;
  maxBodyBytes: number;
  logLevel: z.output<typeof environment>['VARNA_LOG_LEVEL'];
  /** Introspection and the stack of developer conveniences are on only outside deployed stages. */
  introspection: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new ConfigError(`Värna's configuration is not valid:\n${problems}`);
  }
  const value = parsed.data;
  return {
    stage: value.VARNA_STAGE,
    tenant: value.VARNA_TENANT,
    dynamo: { tableName: value.VARNA_TABLE_NAME, region: value.AWS_REGION, endpoint: value.DYNAMODB_ENDPOINT },
    cursorSecret: value.VARNA_CURSOR_SECRET,
    issuers: value.VARNA_AUTH_ISSUERS,
    devIssuerJwks: value.VARNA_DEV_ISSUER_JWKS,
    maxBodyBytes: value.VARNA_MAX_BODY_BYTES,
    logLevel: value.VARNA_LOG_LEVEL,
    introspection: ['local', 'test', 'dev'].includes(value.VARNA_STAGE),
  };
}
