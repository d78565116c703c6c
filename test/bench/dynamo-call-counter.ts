import { createServer, request, type Server } from 'node:http';

/**
 * Counts DynamoDB calls on the wire: a pass-through HTTP proxy in front of DynamoDB Local that records
 * each request's operation (the X-Amz-Target header), so the bench measures what the SDK really sends.
 */
export interface CallCounter {
  endpoint: string;
  calls: string[];
  /** Items each Query or Scan read (its ScannedCount), in call order. */
  scanned: number[];
  reset(): void;
  close(): Promise<void>;
}

export async function startCallCounter(target: string): Promise<CallCounter> {
  const upstream = new URL(target);
  const calls: string[] = [];
  const scanned: number[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    const operation = String(incoming.headers['x-amz-target'] ?? '')
      .split('.')
      .pop();
    if (operation) calls.push(operation);
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    scanned,
    reset: () => {
      calls.splice(0);
      scanned.splice(0);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
