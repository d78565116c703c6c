import { isIP } from 'node:net';

/**
 * The admin's allow-list: only the municipality's networks reach the CMS admin, checked at the edge by the
 * CloudFront viewer-request function that SST's Nextjs component runs first for every request. CloudFront
 * functions import nothing, so an address is compared as a bit string: `4` or `6` and its bits, which
 * must start with one of the allowed networks' prefixes. The one function below does that conversion both
 * here (for the configured networks) and at the edge (for the viewer's address).
 */
const ipBitsSource = `function ipBits(ip) {
  var bits = '';
  var i;
  if (ip.indexOf(':') < 0) {
    var octets = ip.split('.');
    for (i = 0; i < octets.length; i++) bits += ('00000000' + parseInt(octets[i], 10).toString(2)).slice(-8);
    return '4' + bits;
  }
  var halves = ip.split('::');
  var head = halves[0] ? halves[0].split(':') : [];
  var tail = halves.length > 1 && halves[1] ? halves[1].split(':') : [];
  var groups = head.slice();
  for (i = head.length + tail.length; i < 8; i++) groups.push('0');
  groups = groups.concat(tail);
  for (i = 0; i < groups.length; i++) bits += ('0000000000000000' + parseInt(groups[i] || '0', 16).toString(2)).slice(-16);
  return '6' + bits;
}`;

const ipBits = new Function(`${ipBitsSource}; return ipBits;`)() as (ip: string) => string;

export class AllowListError extends Error {}

/** The bit-string prefix of a network in CIDR notation (`192.0.2.0/24`, `2001:db8::/32`); refuses anything else. */
export function networkPrefix(cidr: string): string {
  const [address = '', length, ...rest] = cidr.trim().split('/');
  const family = isIP(address);
  const bitsOfFamily = family === 4 ? 32 : 128;
  const prefixLength = Number(length);
  if (!family || rest.length || length === undefined || !/^\d+$/.test(length) || prefixLength > bitsOfFamily) {
    throw new AllowListError(`"${cidr}" is not a network in CIDR notation (e.g. 192.0.2.0/24 or 2001:db8::/32)`);
  }
  return ipBits(address).slice(0, 1 + prefixLength);
}

/**
 * The viewer-request code that answers 403 to any address outside `cidrs`; empty when `cidrs` is empty
 * (the admin open to any address, the default for development stages).
 */
export function adminAllowListInjection(cidrs: readonly string[]): string {
  if (cidrs.length === 0) return '';
  const prefixes = cidrs.map(networkPrefix);
  return `
  // The CMS admin only from the municipality's networks (stacks/admin-allow-list.ts): ${cidrs.join(', ')}
  ${ipBitsSource}
  var allowedNetworks = ${JSON.stringify(prefixes)};
  var viewerBits = ipBits(event.viewer.ip);
  if (!allowedNetworks.some(function (prefix) { return viewerBits.indexOf(prefix) === 0; })) {
    return { statusCode: 403, statusDescription: 'Forbidden', headers: { 'cache-control': { value: 'no-store' } } };
  }`;
}
