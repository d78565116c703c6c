import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP hop between a child process and DynamoDB Local that can stop one kind of call (by its
 * `X-Amz-Target` operation) at a chosen point, so that the test kills the child exactly there: before the call
 * reaches DynamoDB (`request`: it never happens), or after DynamoDB carried it out but before the child hears
 * so (`response`). Every other call passes through untouched.
 */
export interface DynamoGate {
  endpoint: string;
  /**
   * Lets the first `pass` calls of `operation` (those whose request names `naming`, when given) through, then
   * holds every later one at `stage`. Resolves once a call is held and the calls let through have been
   * answered: the moment to kill the child.
   */
  holdAfter(operation: string, pass: number, stage: 'request' | 'response', naming?: string): Promise<void>;
  /** Holds nothing any more (the next child's calls all pass). */
  open(): void;
  close(): Promise<void>;
}

interface Hold {
  operation: string;
  naming: string | undefined;
  pass: number;
  stage: 'request' | 'response';
  seen: number;
  answering: number;
  held: boolean;
  reached: () => void;
}

export async function startDynamoGate(upstream: string): Promise<DynamoGate> {
  const target = new URL(upstream);
  let hold: Hold | undefined;
  const heldResponses = new Set<ServerResponse>();
  const reachedIfHeld = () => {
    if (hold?.held && hold.answering === 0) hold.reached();
  };

  const relay = (incoming: IncomingMessage, body: Buffer, outgoing: ServerResponse, holdAnswer: boolean) => {
    const upstreamRequest = forward(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          if (holdAnswer) {
            // DynamoDB has done it; the caller never learns so.
            heldResponses.add(outgoing);
            hold!.held = true;
            reachedIfHeld();
            return;
          }
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers).end(Buffer.concat(chunks));
        });
      },
    );
    upstreamRequest.on('error', () => outgoing.destroy());
    upstreamRequest.end(body);
  };

  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      const operation = String(incoming.headers['x-amz-target'] ?? '').split('.')[1];
      if (!hold || operation !== hold.operation || (hold.naming && !body.includes(hold.naming)))
        return relay(incoming, body, outgoing, false);
      hold.seen += 1;
      if (hold.seen <= hold.pass) {
        // Let through, and count it until answered: the kill waits for those to be done.
        hold.answering += 1;
        const current = hold;
        outgoing.on('finish', () => {
          current.answering -= 1;
          reachedIfHeld();
        });
        return relay(incoming, body, outgoing, false);
      }
      if (hold.stage === 'response') return relay(incoming, body, outgoing, true);
      heldResponses.add(outgoing);
      hold.held = true;
      reachedIfHeld();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    holdAfter: (operation, pass, stage, naming) =>
      new Promise<void>((resolve) => {
        hold = { operation, naming, pass, stage, seen: 0, answering: 0, held: false, reached: resolve };
      }),
    open() {
      hold = undefined;
      for (const response of heldResponses) response.destroy();
      heldResponses.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of heldResponses) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
