/**
 * The API's and the CMS's processes of a running `npm run dev`, and their resident memory, from /proc (Linux).
 * The API runs in dev.ts's own process; the CMS is its `next dev` child with whatever that forks (Next's server
 * worker): the CMS's memory is the sum over that tree.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** The errors of reading a process that exited meanwhile, or that belongs to another user. */
const goneOrNotOurs = (error: unknown) =>
  ['ENOENT', 'ESRCH', 'EACCES', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '');

const readOr = (path: string, fallback: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (goneOrNotOurs(error)) return fallback;
    throw error;
  }
};

const pids = () =>
  readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);

/** VmRSS of one process in MB; 0 once it has exited. */
export function rssMb(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readOr(`/proc/${pid}/status`, ''))?.[1];
  return kb ? Number(kb) / 1024 : 0;
}

const parentOf = (pid: number) => Number(/^PPid:\s+(\d+)$/m.exec(readOr(`/proc/${pid}/status`, ''))?.[1] ?? 0);
const commandLine = (pid: number) => readOr(`/proc/${pid}/cmdline`, '').split('\0').join(' ');

/** `root` and every process below it. */
export function processTree(root: number): number[] {
  const all = pids().map((pid) => ({ pid, parent: parentOf(pid) }));
  const tree = [root];
  for (let index = 0; index < tree.length; index++)
    for (const { pid, parent } of all) if (parent === tree[index]) tree.push(pid);
  return tree;
}

/** The summed RSS of `root`'s tree in MB. */
export const treeRssMb = (root: number) => processTree(root).reduce((sum, pid) => sum + rssMb(pid), 0);

/** The process that listens on 127.0.0.1:`port` (by the socket's inode in /proc/net/tcp and the processes' fds). */
export function listenerOf(port: number): number | undefined {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inode = readOr('/proc/net/tcp', '')
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .find((fields) => fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A')?.[9];
  if (!inode) return undefined;
  for (const pid of pids()) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch (error) {
      if (goneOrNotOurs(error)) continue;
      throw error;
    }
    for (const fd of fds) {
      try {
        if (readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`) return pid;
      } catch (error) {
        // The fd closed while we looked.
        if (!goneOrNotOurs(error)) throw error;
      }
    }
  }
  return undefined;
}

/** The `next dev` child of `npm run dev`'s process (dev.ts spawns the CMS so). */
export function cmsRootOf(apiPid: number): number | undefined {
  return pids().find((pid) => parentOf(pid) === apiPid && /next\/dist\/bin\/next dev/.test(commandLine(pid)));
}
