// One cold start: a fresh Node process imports a bundled handler and answers one event.
// Prints the time from process start to the answer (performance.now() counts from process start).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, eventFile] = process.argv.slice(2);
const event = JSON.parse(readFileSync(eventFile, 'utf8'));
const { handler } = await import(pathToFileURL(bundle).href);
const result = await handler(event, { awsRequestId: 'bench', functionName: 'bench' });
const elapsedMs = performance.now();
const body = JSON.parse(result.body);
console.log(
  JSON.stringify({
    elapsedMs,
    statusCode: result.statusCode,
    errors: body.errors ?? null,
    answered: Array.isArray(body.data?.districts) && body.data.districts.length > 0,
  }),
);
process.exit(0); // the handler's HTTP keep-alive sockets would hold the process open
