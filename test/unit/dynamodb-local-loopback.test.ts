import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';

/** The addresses sockets listen on for `port`, from the kernel's tables (Linux): hex IPv4 or IPv6 as /proc shows them. */
function listeningAddresses(port: number): string[] {
  const addresses: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== '0A') continue; // 0A: LISTEN
      const [address, hexPort] = local.split(':');
      if (parseInt(hexPort!, 16) === port) addresses.push(address!);
    }
  }
  return addresses;
}

const loopback = new Set(['0100007F', '0000000000000000FFFF00000100007F', '00000000000000000000000001000000']);

describe('DynamoDB Local as npm run dev and the tests start it', () => {
  it('listens on the loopback interface only, not on every address of the machine', () => {
    const port = Number(new URL(inject('dynamoEndpoint')).port);
    const addresses = listeningAddresses(port);
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(loopback.has(address), `listening on ${address}`).toBe(true);
  });
});
