import { SMTPServer } from 'smtp-server';

/**
 * An SMTP server that misbehaves as a mail relay does when it is in trouble, on 127.0.0.1: `slow` greets only
 * after `delayMs` (the connection is accepted, then nothing for a long time), `refusing` answers every message
 * 451 (try again later). What reaches it is counted, to show that nothing was taken while it misbehaved.
 */
export interface FaultySmtp {
  accepted: number;
  stop(): Promise<void>;
}

export async function startFaultySmtp(options: {
  port: number;
  mode: 'slow' | 'refusing';
  delayMs?: number;
}): Promise<FaultySmtp> {
  const timers = new Set<NodeJS.Timeout>();
  const state = { accepted: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(_session, callback) {
      if (options.mode !== 'slow') return callback();
      const timer = setTimeout(() => {
        timers.delete(timer);
        callback();
      }, options.delayMs ?? 30_000);
      timers.add(timer);
    },
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => {
        if (options.mode === 'refusing')
          return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
        state.accepted++;
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    get accepted() {
      return state.accepted;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        // Connections held open by the slow greeting would keep close() waiting.
        (server as unknown as { connections?: Set<{ close(): void }> }).connections?.forEach((connection) =>
          connection.close(),
        );
        server.close(() => resolve());
      }),
  };
}
