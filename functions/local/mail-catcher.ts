import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

/**
 * A local SMTP server that accepts every message and keeps it (`npm run dev` writes each under
 * `.data/mail/` as an .eml file; the tests read them from `received`). Listens on 127.0.0.1 only.
 */
export interface MailCatcher {
  url: string;
  received: { to: string[]; raw: string }[];
  stop(): Promise<void>;
}

export async function startMailCatcher(options: { port: number; dir?: string }): Promise<MailCatcher> {
  const received: MailCatcher['received'] = [];
  if (options.dir) mkdirSync(options.dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({ to: session.envelope.rcptTo.map((address) => address.address), raw });
        if (options.dir)
          writeFileSync(
            join(options.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${received.length}.eml`),
            raw,
          );
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    url: `smtp://127.0.0.1:${options.port}`,
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
