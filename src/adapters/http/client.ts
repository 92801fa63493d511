// Who is asking, for the rate limit and the API's conversations: the socket's address, and
// X-Forwarded-For only when the socket is a proxy named in TRUST_PROXY (a client cannot pick its key).
import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

const plain = (addr: string) => addr.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '').toLowerCase();
const LOOPBACK = (a: string) => a === '::1' || a.startsWith('127.');

/** TRUST_PROXY as a predicate: "loopback", or a comma-separated list of proxy addresses. */
export function trustedProxies(setting: string | undefined): (addr: string) => boolean {
  if (!setting) return () => false;
  const names = setting.split(',').map(plain).filter(Boolean);
  const listed = new Set(names.filter((n) => isIP(n)));
  const loopback = names.includes('loopback');
  return (addr) => listed.has(plain(addr)) || (loopback && LOOPBACK(plain(addr)));
}

export function clientAddress(req: IncomingMessage, trusted: (addr: string) => boolean): string {
  let addr = plain(req.socket.remoteAddress ?? 'unknown');
  if (!trusted(addr)) return addr;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : header ?? '').split(',').map(plain).filter(Boolean);
  // walk back from the nearest hop: the first address that is not one of our proxies is the client
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!isIP(hops[i])) break;
    addr = hops[i];
    if (!trusted(addr)) break;
  }
  return addr;
}
