/**
 * The address a request came from, for per-address rate limits (docs/accounts.md). The socket's
 * address, unless that is one of the reverse proxies or load balancers the operator named in
 * SABIL_TRUSTED_PROXIES: then the right-most X-Forwarded-For entry that is not one of them, since
 * a proxy appends the address it saw and only the entries it appended can be believed (a client
 * can write anything to the left).
 */
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/** `::ffff:10.0.0.1` (an IPv4 client of a dual-stack socket) and `10.0.0.1` are one address. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice('::ffff:'.length) : trimmed;
}

/** The client's address by the rule above, from the socket's address and the header's value. */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trustedProxies: ReadonlySet<string>): string {
  if (socketAddress === undefined) return 'unknown';
  let address = normaliseAddress(socketAddress);
  if (!trustedProxies.has(address) || !forwardedFor) return address;
  const hops = forwardedFor.split(',').map(normaliseAddress).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    address = hops[i] ?? address;
    if (!trustedProxies.has(address)) return address;
  }
  return address; // every hop is a trusted proxy: the left-most is the best known
}

export function clientAddress(c: Context, trustedProxies: ReadonlySet<string>): string {
  const env: unknown = c.env;
  const incoming = typeof env === 'object' && env !== null && 'incoming' in env ? (env.incoming as IncomingMessage) : undefined; // @hono/node-server's bindings
  return resolveClientAddress(incoming?.socket.remoteAddress, c.req.header('x-forwarded-for'), trustedProxies);
}
