/**
 * Builds the HTTP application without opening a socket, so tests call `app.request()` in-process
 * and start-server.ts hands the same app to @hono/node-server.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { ApiDeps, ApiEnv } from './api/api-context';
import { registerRoutes } from './api/register-routes';
import { ROUTES } from './api/route-table';
import type { ScryptParams } from './auth/passwords';
import { bodyLimit } from 'hono/body-limit';
import { SabilError } from '../src/core/errors/index';
import { createErrorHandler, notFoundJson } from './http/error-handler';
import { requestLog } from './http/request-log';
import { securityHeaders } from './http/security-headers';
import type { Logger } from './log';
import { TRUST_NOTHING, type ServerTrust } from './packs/trusted-keys';
import { serveStatic } from './static/serve-static';
import type { Storage } from './storage/storage';
import { createPushGate, DEFAULT_PUSH_CONCURRENCY, QUEUE_PER_SLOT, type PushGate } from './sync/push-gate';
import { NO_FAULTS, type SyncFaults } from './sync/sync-faults';
import { normaliseAddress } from './api/client-address';

/** Sync batches are at most 256 KB gzipped; 1 MiB of request body leaves room for them. */
export const API_BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  storage: Storage;
  staticDir: string;
  /** `<DATA_DIR>/packs`, where the catalogue's zips are. */
  packsDir: string;
  /** Publisher keys the catalogue serves and hands to devices; nothing when left out. */
  trust?: ServerTrust;
  version: string;
  log: Logger;
  /** Adds routes under /api/v1 ahead of the API's 404; tests use it for a deliberately slow route. */
  extendApi?: (api: Hono<ApiEnv>) => void;
  /** The clock of sessions, codes and the audit log; tests fix it. */
  now?: () => Date;
  /** Cost of new password hashes; tests lower it. */
  scrypt?: ScryptParams;
  /** Sync fault points, from SABIL_FAULTS in demo mode only (server/sync/sync-faults.ts). */
  faults?: SyncFaults;
  /** Pushes run at once by this process (SABIL_PUSH_CONCURRENCY); a default per storage kind when left out. */
  pushConcurrency?: number;
  /** SABIL_TRUSTED_PROXIES: the reverse proxies' addresses (server/api/client-address.ts). */
  trustedProxies?: readonly string[];
  /** The push gate itself, instead of one made from pushConcurrency; tests hold its slots. */
  pushGate?: PushGate;
}

export function createApp(options: AppOptions): Hono {
  const { storage, staticDir, packsDir, version, log } = options;
  const trust = options.trust ?? TRUST_NOTHING;
  const app = new Hono();
  app.use(requestLog(log));
  app.use(securityHeaders());

  app.use('/api/*', async (c, next) => {
    await next();
    // API answers are per-user and current; neither the browser nor the service worker keeps them.
    // A route that says otherwise keeps its own (pack downloads revalidate by ETag).
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: API_BODY_LIMIT_BYTES,
      onError: () => {
        throw new SabilError('http/payload-too-large', { limitBytes: API_BODY_LIMIT_BYTES });
      },
    }),
  );

  const api = new Hono<ApiEnv>();
  const pushConcurrency = options.pushConcurrency ?? DEFAULT_PUSH_CONCURRENCY[storage.kind];
  const deps: ApiDeps = {
    storage,
    log,
    version,
    trust,
    packsDir,
    now: options.now ?? (() => new Date()),
    newId: randomUUID,
    faults: options.faults ?? NO_FAULTS,
    trustedProxies: new Set((options.trustedProxies ?? []).map(normaliseAddress)),
    pushGate: options.pushGate ?? createPushGate({ concurrency: pushConcurrency, queueLimit: pushConcurrency * QUEUE_PER_SLOT, now: Date.now, random: Math.random }),
    ...(options.scrypt ? { scrypt: options.scrypt } : {}),
  };
  registerRoutes(api, ROUTES, deps);
  options.extendApi?.(api);
  app.route('/api/v1', api);
  app.all('/api/*', () => {
    throw new SabilError('http/not-found');
  });

  app.get('*', serveStatic({ root: staticDir }));
  app.notFound(notFoundJson);
  app.onError(createErrorHandler(log));
  return app;
}
