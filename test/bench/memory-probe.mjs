// The leak check: one Node process imports the bundled handler, as a Lambda instance does, and answers
// `rounds` thousands of mixed requests; after each thousand it collects garbage fully and records the heap
// and the resident set. Prints the figures as JSON (the bench judges them).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, eventsFile, roundsText] = process.argv.slice(2);
const events = JSON.parse(readFileSync(eventsFile, 'utf8'));
const { handler } = await import(pathToFileURL(bundle).href);
const rounds = [];
let failures = 0;
for (let round = 0; round < Number(roundsText); round++) {
  for (let request = 0; request < 1000; request++) {
    const result = await handler(events[(round * 1000 + request) % events.length], {
      awsRequestId: `memory-${round}-${request}`,
      functionName: 'bench',
    });
    if (result.statusCode >= 500) failures++;
  }
  globalThis.gc();
  const memory = process.memoryUsage();
  rounds.push({
    requests: (round + 1) * 1000,
    heapUsedMb: memory.heapUsed / 2 ** 20,
    rssMb: memory.rss / 2 ** 20,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  });
}
console.log(JSON.stringify({ rounds, failures }));
process.exit(0); // the handler's HTTP keep-alive sockets would hold the process open
