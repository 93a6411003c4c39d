import { isIPv4, isIPv6 } from 'node:net';
import type { BrowserFamily } from './consent-record.entity.js';

/**
 * What the ledger keeps about the browser behind a decision: enough to tell decisions apart and to
 * answer a regulator, never enough to single a person out — the network, not the address, and the
 * browser's family, not its user-agent string.
 */

/** `203.0.113.57` → `203.0.113.0/24`; `2001:db8:1234:5678::1` → `2001:db8:1234::/48`; anything else → null. */
export function truncateIp(address: string | undefined): string | null {
  if (!address) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const ip = mapped?.[1] ?? address;
  if (isIPv4(ip)) {
    const [a, b, c] = ip.split('.');
    return `${a}.${b}.${c}.0/24`;
  }
  if (isIPv6(ip)) {
    const groups = expandIpv6(ip).slice(0, 3).map((g) => g.replace(/^0+(?=.)/, ''));
    return `${groups.join(':')}::/48`;
  }
  return null;
}

/** The eight 16-bit groups of an IPv6 address, `::` expanded (an embedded IPv4 tail counts as two groups). */
function expandIpv6(ip: string): string[] {
  const withoutZone = ip.split('%')[0]!.toLowerCase();
  const [head, tail] = withoutZone.includes('::') ? withoutZone.split('::') : [withoutZone, undefined];
  const toGroups = (part: string | undefined): string[] => {
    if (!part) return [];
    return part.split(':').flatMap((g) => {
      if (!g.includes('.')) return [g];
      const [a, b, c, d] = g.split('.').map(Number) as [number, number, number, number];
      return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
    });
  };
  const headGroups = toGroups(head);
  const tailGroups = toGroups(tail);
  const zeros = tail === undefined ? [] : Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
  return [...headGroups, ...zeros, ...tailGroups];
}

/** Order matters: Edge, Opera, Samsung and Whale also say "Chrome"; Chrome also says "Safari". */
const FAMILIES: readonly [BrowserFamily, RegExp][] = [
  ['edge', /\bEdg(?:e|A|iOS)?\//],
  ['opera', /\b(?:OPR|Opera)\//],
  ['samsung', /\bSamsungBrowser\//],
  ['whale', /\bWhale\//],
  ['firefox', /\b(?:Firefox|FxiOS)\//],
  ['chrome', /\b(?:Chrome|Chromium|CriOS)\//],
  ['safari', /\bVersion\/\d[^ ]* (?:Mobile\/\S+ )?Safari\//],
];

export function browserFamily(userAgent: string | undefined): BrowserFamily {
  if (!userAgent) return 'other';
  return FAMILIES.find(([, pattern]) => pattern.test(userAgent))?.[0] ?? 'other';
}
