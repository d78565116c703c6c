/**
 * `npm run token -- --role staff|moderator|coordinator|association [--sub ID] [--name NAME] [--email ADDRESS]
 * [--municipality SLUG]`: prints one bearer token that the local API accepts (signed by the dev issuer under `.data/`).
 * `name` and `email` become the token's claims, each by default derived from the subject; `municipality` says whose
 * staff or account it is (the stage's default municipality without it). Local mode only: deployed
 * stages trust only their configured OIDC issuers.
 */
import { parseArgs } from 'node:util';
import { tokenRoles } from '../config.js';
import { ensureDevIssuer, signDevToken } from './dev-issuer.js';
import { defaultDataDir as dataDir } from './environment.js';

const usage = `Usage: npm run token -- --role ${tokenRoles.join('|')} [--sub ID] [--name NAME] [--email ADDRESS] [--municipality SLUG] [--expires 12h]`;

async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      sub: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
      municipality: { type: 'string' },
      expires: { type: 'string' },
    },
  });
  if (!values.role || !(tokenRoles as readonly string[]).includes(values.role)) {
    console.error(usage);
    process.exit(2);
  }
  const sub = values.sub ?? `dev-${values.role}`;
  const keys = await ensureDevIssuer(dataDir);
  const token = await signDevToken(keys, {
    role: values.role,
    sub,
    name: values.name ?? `Test ${sub}`,
    email: values.email ?? `${sub.replace(/[^A-Za-z0-9._-]/g, '-')}@example.org`,
    ...(values.municipality ? { municipality: values.municipality } : {}),
    ...(values.expires ? { expiresIn: values.expires } : {}),
  });
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
