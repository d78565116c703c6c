/** `npm run cms:resync`: rebuilds the API's read model from the CMS, each municipality's part, and prints what it changed. */
import { readModelTarget } from '../publishing/read-model-target.js';
import { resyncReadModel } from '../publishing/resync.js';
import { municipalitySlugs } from '../tenancy/municipality.js';
import { loadPayload, runCli } from './environment.js';

async function main() {
  const payload = await loadPayload();
  try {
    const { db } = readModelTarget();
    for (const tenant of await municipalitySlugs(payload)) {
      const report = await resyncReadModel(payload, { db, tenant });
      for (const line of report.republished) console.log(`${tenant}: republished ${line}`);
      for (const line of report.removed) console.log(`${tenant}: removed     ${line}`);
      console.log(
        `Resync of ${tenant} done: ${report.republished.length} republished, ${report.removed.length} removed, ${report.unchanged} already in line.`,
      );
    }
  } finally {
    await payload.destroy();
  }
}

runCli(main);
