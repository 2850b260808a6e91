/**
 * What every API route gets: its dependencies (`ApiDeps`) and, in the Hono context, the caller
 * resolved from the Authorization header (`c.get('caller')`).
 */
import type { Context } from 'hono';
import type { Caller } from '../auth/caller';
import type { ScryptParams } from '../auth/passwords';
import type { Logger } from '../log';
import type { ServerTrust } from '../packs/trusted-keys';
import type { Storage } from '../storage/storage';
import type { PushGate } from '../sync/push-gate';
import type { SyncFaults } from '../sync/sync-faults';

export interface ApiDeps {
  storage: Storage;
  log: Logger;
  version: string;
  trust: ServerTrust;
  packsDir: string;
  now: () => Date;
  newId: () => string;
  /** Cost of new password hashes; tests lower it. */
  scrypt?: ScryptParams;
  /** Fault points of the sync fault tests (SABIL_FAULTS); none outside them. */
  faults: SyncFaults;
  /** This process's load shedding on `POST /sync/push` (server/sync/push-gate.ts). */
  pushGate: PushGate;
  /** SABIL_TRUSTED_PROXIES: whose X-Forwarded-For the rate limits believe (client-address.ts). */
  trustedProxies: ReadonlySet<string>;
}

export type ApiEnv = { Variables: { caller: Caller } };
export type ApiContext = Context<ApiEnv>;

/** A path parameter the route's pattern declares (Hono types it as maybe-missing without the pattern). */
export function param(c: ApiContext, name: string): string {
  return c.req.param(name) ?? '';
}
