import * as z from 'zod/mini';
import { parsedEnvironment } from '../config.js';

/**
 * The frontends to notify, per stage: `VARNA_WEBHOOK_ENDPOINTS`, a JSON array of `{ name, url, secret, scope }`
 * (the secret in Standard Webhooks' `whsec_<base64>` form; on AWS a stage's secret, stacks/webhooks.ts).
 * `scope` is `public` unless set: such an endpoint (the public website) hears only of changes the public
 * sees; `internal` (the intranet) hears of every change. `municipality` is the stage's default unless set: an
 * endpoint hears only of its municipality's changes (each municipality's frontends are their own), so the list
 * stays one per stage while the municipalities share a deployment.
 * None configured: changes are recorded and nobody is called.
 */
const endpoint = z.object({
  name: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/, 'must be a lower-case slug')),
  url: z.url(),
  secret: z
    .string()
    .check(
      z.regex(
        /^whsec_[A-Za-z0-9+/]{24,}={0,2}$/,
        'must be whsec_ and at least 24 base64 characters (padding only at the end)',
      ),
    ),
  scope: z._default(z.enum(['public', 'internal']), 'public'),
  municipality: z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,63}$/, 'must be a municipality’s slug'))),
});
export type WebhookEndpoint = z.output<typeof endpoint>;

/** The endpoints that hear of a municipality's changes: those naming it, and for the default those naming none. */
export const endpointsOfMunicipality = (endpoints: WebhookEndpoint[], tenant: string, defaultTenant: string) =>
  endpoints.filter((endpoint) => (endpoint.municipality ?? defaultTenant) === tenant);

const environment = z.object({
  VARNA_WEBHOOK_ENDPOINTS: z._default(
    z.pipe(
      z.string(),
      z.transform((text, context) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          context.issues.push({
            code: 'custom',
            message: 'must be a JSON array of { name, url, secret, scope, municipality }',
            input: text,
          });
          return z.NEVER;
        }
      }),
    ),
    [],
  ),
});

export function loadWebhookEndpoints(env: Record<string, string | undefined> = process.env): WebhookEndpoint[] {
  const { VARNA_WEBHOOK_ENDPOINTS } = parsedEnvironment(environment, env, 'The webhook configuration');
  return parsedEnvironment(
    z.object({ endpoints: z.array(endpoint) }),
    { endpoints: VARNA_WEBHOOK_ENDPOINTS },
    'VARNA_WEBHOOK_ENDPOINTS',
  ).endpoints;
}
