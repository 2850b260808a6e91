import { serialiseKey } from '../../src/core/pack/index';
import type { RouteSpec } from '../api/route-spec';
import type { ServerTrust } from './trusted-keys';

/**
 * `GET /trust`: the publisher keys devices should trust, fetched once when a device first
 * meets this server. The demo key is in it only in demo mode, with its "DEMO ONLY" warning.
 * Public: public keys are no secret, and a device needs them before it has a credential.
 */
export const trustRoute: RouteSpec = {
  method: 'GET',
  path: '/trust',
  roles: 'public',
  scope: 'none',
  handle: (c, { trust }) => c.json(trustBody(trust)),
};

/** The trust answer, also part of every sync pull (server/sync/pull-route.ts). */
export function trustBody(trust: ServerTrust) {
  const keys = trust.keys.map((key) => {
    const { keyId, publicKey, name, warning } = serialiseKey(key);
    return { keyId, publicKey, name: name ?? keyId, ...(warning === undefined ? {} : { warning }) };
  });
  return { demo: trust.demo, keys };
}
