import { Hono } from 'hono';
import { serialiseKey } from '../../src/core/pack/index';
import type { ServerTrust } from './trusted-keys';

/**
 * `GET /trust`: the publisher keys devices should trust, fetched once when a device first
 * meets this server. The demo key is in it only in demo mode, with its "DEMO ONLY" warning.
 */
export function trustRoute(trust: ServerTrust): Hono {
  return new Hono().get('/trust', (c) => {
    const keys = trust.keys.map((key) => {
      const { keyId, publicKey, name, warning } = serialiseKey(key);
      return { keyId, publicKey, name: name ?? keyId, ...(warning === undefined ? {} : { warning }) };
    });
    return c.json({ demo: trust.demo, keys });
  });
}
