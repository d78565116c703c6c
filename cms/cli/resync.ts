/** `npm run cms:resync`: rebuilds the API's read model from the CMS and prints what it changed. */
import { readModelTarget } from '../publishing/read-model-target.js';
import { resyncReadModel } from '../publishing/resync.js';
import { loadPayload, runCli } from './environment.js';

async function main() {
  const payload = await loadPayload();
  try {
    const report = await resyncReadModel(payload, readModelTarget());
    for (const line of report.republished) console.log(`republished ${line}`);
    for (const line of report.removed) console.log(`removed     ${line}`);
    console.log(
      `Resync done: ${report.republished.length} republished, ${report.removed.length} removed, ${report.unchanged} already in line.`,
    );
  } finally {
    await payload.destroy();
  }
}

runCli(main);
