import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/**
 * Counts DynamoDB calls on the wire: a pass-through HTTP proxy in front of DynamoDB Local that records
 * each request's operation (the X-Amz-Target header), so the bench measures what the SDK really sends.
 */
export interface CallCounter {
  endpoint: string;
  calls: string[];
  /** Items each Query or Scan read (its ScannedCount), in call order. */
  scanned: number[];
  /**
   * While set, the counter asks for each read's consumed capacity (DynamoDB Local checks no signature; the SDK's
   * callers never read the answer's extra field) and adds it to `readUnits`: the read request units on-demand
   * DynamoDB would bill. Off while times are measured: it parses every answer in the bench's own process.
   */
  countReadUnits: boolean;
  readUnits: number;
  reset(): void;
  close(): Promise<void>;
}

/** The read operations whose consumed capacity the counter can ask for. */
const READS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems']);

export async function startCallCounter(target: string): Promise<CallCounter> {
  const upstream = new URL(target);
  const calls: string[] = [];
  const scanned: number[] = [];
  const counter: CallCounter = {
    endpoint: '',
    calls,
    scanned,
    countReadUnits: false,
    readUnits: 0,
    reset: () => {
      calls.splice(0);
      scanned.splice(0);
      counter.readUnits = 0;
    },
    close: () => Promise.resolve(),
  };
  const server: Server = createServer((incoming, outgoing) => {
    const operation = String(incoming.headers['x-amz-target'] ?? '')
      .split('.')
      .pop();
    if (operation) calls.push(operation);
    if (counter.countReadUnits && operation && READS.has(operation)) return forwardCountingUnits(incoming, outgoing);
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
      },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 500, response.headers);
        const chunks: Buffer[] = [];
        if (operation === 'Query' || operation === 'Scan') response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          if (!chunks.length) return;
          const count = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ScannedCount?: number }).ScannedCount;
          if (typeof count === 'number') scanned.push(count);
        });
        response.pipe(outgoing);
      },
    );
    incoming.pipe(forward);
  });
  const forwardCountingUnits = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const body: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => body.push(chunk));
    incoming.on('end', () => {
      const asked = JSON.parse(Buffer.concat(body).toString('utf8')) as Record<string, unknown>;
      const payload = Buffer.from(JSON.stringify({ ...asked, ReturnConsumedCapacity: 'TOTAL' }));
      const forward = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          path: incoming.url,
          method: incoming.method,
          headers: { ...incoming.headers, 'content-length': String(payload.length) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const answer = Buffer.concat(chunks);
            if ((response.statusCode ?? 500) < 300) {
              const parsed = JSON.parse(answer.toString('utf8')) as {
                ScannedCount?: number;
                ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[];
              };
              if (typeof parsed.ScannedCount === 'number') scanned.push(parsed.ScannedCount);
              for (const consumed of [parsed.ConsumedCapacity ?? []].flat())
                counter.readUnits += consumed.CapacityUnits ?? 0;
            }
            // Unchanged, with DynamoDB Local's own checksum of it.
            outgoing.writeHead(response.statusCode ?? 500, response.headers);
            outgoing.end(answer);
          });
        },
      );
      forward.end(payload);
    });
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  Object.assign(counter, {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
  return counter;
}
