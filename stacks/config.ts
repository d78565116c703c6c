import { requestFunctionNodeOptions } from '../functions/build/node-options';
import { DEFAULT_TENANT } from '../functions/defaults';
/**
 * Per-stage settings that are not secrets. Set the `VARNA_*` variables when deploying to override them
 * (e.g. `VARNA_CORS_ORIGINS=https://www.botkyrka.se,https://botwebb.botkyrka.se npx sst deploy --stage production`).
 */
const list = (value: string | undefined) =>
  value
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : undefined;

const stages: Record<
  string,
  {
    corsOrigins: string[];
    alarmEmails: string[];
    apiDomain?: string;
    mailFrom?: string;
    webUrl?: string;
    intranetUrl?: string;
  }
> = {
  production: {
    corsOrigins: ['https://www.botkyrka.se', 'https://botwebb.botkyrka.se', 'https://foreningar.botkyrka.se'],
    webUrl: 'https://www.botkyrka.se',
    intranetUrl: 'https://botwebb.botkyrka.se',
    alarmEmails: [],
    mailFrom: 'foreningsregistret@botkyrka.se',
  },
};

const defaults = {
  corsOrigins: ['http://localhost:3000', 'http://127.0.0.1:3000'],
  alarmEmails: [] as string[],
  mailFrom: undefined,
};

export const isProduction = $app.stage === 'production';
const stage = stages[$app.stage] ?? defaults;

/**
 * The networks that reach the CMS admin (comma-separated CIDRs in VARNA_ADMIN_ALLOWED_CIDRS; `open` for
 * any address). Development stages default to open; production must say which, deliberately.
 */
function adminAllowedCidrs(): string[] {
  const setting = process.env.VARNA_ADMIN_ALLOWED_CIDRS?.trim();
  if (setting === 'open' || (!setting && !isProduction)) return [];
  if (!setting)
    throw new Error(
      'Set VARNA_ADMIN_ALLOWED_CIDRS for production: the municipality networks that may reach the CMS admin (e.g. 192.0.2.0/24,2001:db8::/32), or `open`.',
    );
  return list(setting)!;
}

/**
 * The CMS admin's public address, which its session cookie is accepted from (cms/auth/request-origins.ts):
 * `https://` + VARNA_CMS_DOMAIN (a custom domain the stack puts on the admin's CloudFront), or
 * VARNA_CMS_URL as given (e.g. the CloudFront address a first deploy printed as `cms`). The admin cannot
 * be handed its own CloudFront address: the distribution is made after the function that would read it.
 * Without it the admin accepts its cookie from no origin, so production must say which, deliberately.
 */
function cmsUrl(): string | undefined {
  const domain = process.env.VARNA_CMS_DOMAIN?.trim();
  const url = domain ? `https://${domain}` : process.env.VARNA_CMS_URL?.trim().replace(/\/+$/, '');
  if (url && !/^https:\/\/[^/?#]+$/.test(url))
    throw new Error(`The CMS's address must be an https:// origin (no path), not ${url}.`);
  if (!url && isProduction)
    throw new Error(
      "Set VARNA_CMS_DOMAIN (a custom domain for the CMS admin) or VARNA_CMS_URL (its address) for production: the admin's session cookie is accepted from that origin only.",
    );
  if (!url)
    console.warn(
      `No VARNA_CMS_DOMAIN or VARNA_CMS_URL for ${$app.stage}: its CMS admin accepts no session until its address is set (deploy again with VARNA_CMS_URL=<the cms output>).`,
    );
  return url;
}

export const stageConfig = {
  tenant: process.env.VARNA_TENANT ?? DEFAULT_TENANT,
  corsOrigins: list(process.env.VARNA_CORS_ORIGINS) ?? stage.corsOrigins,
  alarmEmails: list(process.env.VARNA_ALARM_EMAILS) ?? stage.alarmEmails,
  apiDomain: process.env.VARNA_API_DOMAIN ?? stage.apiDomain,
  /** The sender of the register's e-mail and the CMS's (an SES identity the stage verifies). */
  mailFrom: process.env.VARNA_MAIL_FROM ?? stage.mailFrom ?? `foreningsregistret+${$app.stage}@botkyrka.se`,
  adminAllowedCidrs: adminAllowedCidrs(),
  cmsDomain: process.env.VARNA_CMS_DOMAIN?.trim() || undefined,
  cmsUrl: cmsUrl(),
  /** Where the CMS's preview button opens a PUBLIC draft: the website's `/preview` route (VARNA_WEB_URL). */
  webUrl: process.env.VARNA_WEB_URL ?? stage.webUrl ?? 'http://localhost:3000',
  /** Where it opens an INTERNAL draft: the intranet's `/preview` route (VARNA_INTRANET_URL). */
  intranetUrl: process.env.VARNA_INTRANET_URL ?? stage.intranetUrl ?? 'http://localhost:3000',
  /** Months after a training that its registrations are anonymised (VARNA_REGISTRATION_RETENTION_MONTHS). */
  registrationRetentionMonths: Number(process.env.VARNA_REGISTRATION_RETENTION_MONTHS ?? 24),
  /** Months after its rejection that a REJECTED association is deleted (VARNA_REGISTER_REJECTED_RETENTION_MONTHS). */
  registerRejectedRetentionMonths: Number(process.env.VARNA_REGISTER_REJECTED_RETENTION_MONTHS ?? 6),
  /** Months after a register decision that its reason, activity title and actor are redacted (VARNA_REGISTER_REDACTION_MONTHS). */
  registerRedactionMonths: Number(process.env.VARNA_REGISTER_REDACTION_MONTHS ?? 24),
  /** Requests per second the API accepts before throttling (steady and burst), from everyone together. */
  throttle: { rate: isProduction ? 200 : 20, burst: isProduction ? 400 : 40 },
  /**
   * Requests one address may make to the API's edge in five minutes before the edge's WAF answers 429 for
   * as long as it goes on (VARNA_EDGE_RATE_LIMIT): 3000 (10 a second on average) in production, generous for
   * a frontend's server or a household behind one address, tight for a script bypassing the cache.
   */
  edgeRateLimit: Number(process.env.VARNA_EDGE_RATE_LIMIT ?? (isProduction ? 3000 : 1000)),
};

/** What every Värna function shares: Node 24 and JSON logs kept a year in production. */
export const functionDefaults = {
  runtime: 'nodejs24.x' as const,
  logging: { retention: isProduction ? ('1 year' as const) : ('1 month' as const), format: 'json' as const },
};

/** The environment every function starts from, the stage and tenant it serves; each adds its own. */
export const functionEnvironment = { VARNA_STAGE: $app.stage, VARNA_TENANT: stageConfig.tenant };

/** Source-mapped stack traces, for the search indexer. */
export const sourceMappedStacks = { NODE_OPTIONS: '--enable-source-maps' };

/** The functions that answer requests (the API's): source maps and a young generation sized for them. */
export const requestFunctionOptions = { NODE_OPTIONS: requestFunctionNodeOptions };
