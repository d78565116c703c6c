import { describe, expect, it } from 'vitest';
import { adminAllowListInjection, AllowListError, networkPrefix } from '../../stacks/admin-allow-list.js';

/** The allow-list's viewer-request code, run as CloudFront runs it: first in the handler, before the routing. */
function edgeFunction(cidrs: string[]) {
  const handler = new Function('event', `${adminAllowListInjection(cidrs)}\n  return event.request;`) as (
    event: unknown,
  ) => { statusCode?: number; uri?: string };
  return (ip: string) => handler({ viewer: { ip }, request: { method: 'GET', uri: '/admin', headers: {} } });
}

describe("the admin's allow-list at the edge", () => {
  const edge = edgeFunction(['192.0.2.0/24', '198.51.100.7/32', '2001:db8:1::/48']);

  it("lets the municipality's networks through to the admin", () => {
    for (const ip of [
      '192.0.2.0',
      '192.0.2.77',
      '192.0.2.255',
      '198.51.100.7',
      '2001:db8:1::1',
      '2001:db8:1:ffff:ffff:ffff:ffff:ffff',
      '2001:0db8:0001:0000:0000:0000:0000:0042',
    ]) {
      expect(edge(ip), ip).toMatchObject({ uri: '/admin' });
    }
  });

  it('answers every other address with 403', () => {
    for (const ip of [
      '192.0.3.1',
      '192.0.1.255',
      '198.51.100.8',
      '10.0.0.1',
      '2001:db8:2::1',
      '::1',
      '2001:db9::',
      '::ffff:192.0.2.1',
    ]) {
      expect(edge(ip), ip).toMatchObject({ statusCode: 403 });
    }
  });

  it('is left out entirely when the stage allows every address', () => {
    expect(adminAllowListInjection([])).toBe('');
    expect(edgeFunction([])('203.0.113.9')).toMatchObject({ uri: '/admin' });
  });

  it('refuses a setting that is not a network, naming it', () => {
    for (const wrong of ['192.0.2.0', '192.0.2.0/33', '2001:db8::/129', 'botkyrka.se/24', '192.0.2.0/24/1']) {
      expect(() => networkPrefix(wrong), wrong).toThrow(AllowListError);
    }
    expect(() => adminAllowListInjection(['192.0.2.0/24', 'nope'])).toThrow(/"nope" is not a network in CIDR notation/);
  });
});
