import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Webhook } from 'svix';

/**
 * A frontend's revalidation endpoint on 127.0.0.1 that can be down (not listening), slow (answers after
 * `slowMs`), answering 500, or well; it verifies every request as a receiver does (svix) and records each
 * `webhook-id` it accepted, once per request, so that repeats show.
 */
export interface WebhookReceiver {
  url: string;
  /** Every accepted request's webhook-id, in order (a retry of one delivery repeats its id). */
  ids: string[];
  /** Requests answered 500 or held by the slow mode. */
  troubled: number;
  setMode(mode: 'down' | 'slow' | 'error' | 'well'): Promise<void>;
  stop(): Promise<void>;
}

export async function startWebhookReceiver(options: {
  port: number;
  secret: string;
  slowMs?: number;
}): Promise<WebhookReceiver> {
  const verifier = new Webhook(options.secret);
  let mode: 'down' | 'slow' | 'error' | 'well' = 'well';
  let server: Server | undefined;
  const receiver = {
    url: `http://127.0.0.1:${options.port}/api/revalidate`,
    ids: [] as string[],
    troubled: 0,
  };
  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    if (mode === 'error') {
      receiver.troubled++;
      response.writeHead(500).end('Internal Server Error');
      return;
    }
    if (mode === 'slow') {
      receiver.troubled++;
      await new Promise((resolve) => setTimeout(resolve, options.slowMs ?? 30_000));
    }
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
    verifier.verify(body, headers);
    // A slow answer may reach a sender that gave up long ago: the receiver still took it (at least once).
    receiver.ids.push(headers['webhook-id']!);
    if (!response.destroyed) response.writeHead(204).end();
  };
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer((request, response) => {
        answer(request, response).catch(() => {
          if (!response.headersSent) response.writeHead(400).end();
        });
      });
      server.once('error', reject);
      server.listen(options.port, '127.0.0.1', () => resolve());
    });
  const close = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      server.closeAllConnections();
      server.close(() => resolve());
      server = undefined;
    });
  await listen();
  return Object.assign(receiver, {
    async setMode(next: 'down' | 'slow' | 'error' | 'well') {
      if (next === 'down') await close();
      else if (!server) await listen();
      mode = next;
    },
    stop: close,
  });
}
