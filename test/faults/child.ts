import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * A child process running a script of the project (one of test/faults/children/, which run the real modules, or a
 * CLI such as cms/cli/resync.ts) under tsx, as `npm run dev` and the npm scripts run them,
 * which reports where it stands by lines on its standard output; `kill9` is a real SIGKILL.
 */
export interface FaultChild {
  /** Waits for a line matching `pattern` (`timeoutMs` at most) and answers its match. */
  line(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** SIGKILL; resolves once the process is gone. */
  kill9(): Promise<void>;
  /** Resolves with the exit code once the process ends by itself (fails on a non-zero code). */
  finished(): Promise<void>;
  output(): string;
}

const running = new Set<ChildProcess>();

/** Kills whatever child a failed test left running (afterEach). */
export function killLeftChildren(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** `outlives`: a child that runs beside several tests (not killed after each). */
export function startChild(
  script: string,
  args: string[],
  env: Record<string, string>,
  { outlives = false }: { outlives?: boolean } = {},
): FaultChild {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', resolve(root, script), ...args],
    { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (!outlives) running.add(child);
  let out = '';
  let err = '';
  const waiting = new Set<() => void>();
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    for (const check of waiting) check();
  });
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  let ended = false;
  const exited = new Promise<number | null>((done) =>
    child.once('close', (code) => {
      ended = true;
      running.delete(child);
      done(code);
    }),
  );
  const output = () => `${out}${err ? `\n[stderr]\n${err}` : ''}`;
  return {
    line: (pattern, timeoutMs = 30_000) =>
      new Promise((found, failed) => {
        const check = () => {
          const match = out.match(pattern);
          if (!match) return;
          cleanup();
          found(match);
        };
        const timer = setTimeout(() => {
          cleanup();
          failed(new Error(`${script} did not print ${pattern} within ${timeoutMs} ms:\n${output()}`));
        }, timeoutMs);
        const gone = () => {
          cleanup();
          failed(new Error(`${script} ended before printing ${pattern}:\n${output()}`));
        };
        const cleanup = () => {
          clearTimeout(timer);
          waiting.delete(check);
          child.off('close', gone);
        };
        waiting.add(check);
        child.once('close', gone);
        check();
        if (ended && waiting.has(check)) gone();
      }),
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async finished() {
      const code = await exited;
      if (code !== 0) throw new Error(`${script} exited with ${code}:\n${output()}`);
    },
    output,
  };
}
