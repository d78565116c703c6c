/**
 * `npm run token -- --role staff|moderator|association [--sub ID]`: prints one bearer token that the
 * local API accepts (signed by the dev issuer under `.data/`). Local mode only: deployed stages trust
 * only their configured OIDC issuers.
 */
import { parseArgs } from 'node:util';
import { ensureDevIssuer, signDevToken } from './dev-issuer.js';
import { defaultDataDir as dataDir } from './environment.js';

const roles = ['staff', 'moderator', 'association'];

async function main() {
  const { values } = parseArgs({ options: { role: { type: 'string' }, sub: { type: 'string' }, expires: { type: 'string' } } });
  if (!values.role || !roles.includes(values.role)) {
    console.error(`Usage: npm run token -- --role ${roles.join('|')} [--sub ID] [--expires 12h]`);
    process.exit(2);
  }
  const keys = await ensureDevIssuer(dataDir);
  const token = await signDevToken(keys, { role: values.role, sub: values.sub ?? `dev-${values.role}`, ...(values.expires ? { expiresIn: values.expires } : {}) });
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
