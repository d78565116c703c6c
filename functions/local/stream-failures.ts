import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SetAsideRecords } from './table-stream.js';

/**
 * `npm run dev`'s on-failure destination for a function's stream subscription (the SQS queue on AWS): each
 * record set aside becomes one JSON line in `<dir>/<function>.jsonl` (its keys, sequence number, attempts and
 * why), and a line on stderr says where. A developer replays one by writing its item again.
 */
export function streamFailureFile(dir: string, functionName: string) {
  const file = join(dir, `${functionName.toLowerCase().replaceAll(' ', '-')}.jsonl`);
  return (setAside: SetAsideRecords): void => {
    mkdirSync(dir, { recursive: true });
    const error = setAside.error instanceof Error ? setAside.error.message : undefined;
    for (const record of setAside.records)
      appendFileSync(
        file,
        `${JSON.stringify({
          setAsideAt: new Date().toISOString(),
          function: functionName,
          reason: setAside.reason,
          attempts: setAside.attempts,
          ...(error ? { error } : {}),
          eventName: record.eventName,
          keys: record.dynamodb?.Keys,
          sequenceNumber: record.dynamodb?.SequenceNumber,
          eventSourceARN: record.eventSourceARN,
        })}\n`,
      );
    console.error(
      `${functionName}: ${setAside.records.length} stream record(s) set aside (${setAside.reason}), see ${file}`,
    );
  };
}
