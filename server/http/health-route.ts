import { Hono } from 'hono';
import type { Logger } from '../log';
import type { Storage } from '../storage/storage';

/** `GET /health`: 200 when the database answers, 503 "degraded" when it does not. */
export function healthRoute(storage: Storage, version: string, log: Logger): Hono {
  return new Hono().get('/health', async (c) => {
    const ok = await storage.checkHealth().then(
      () => true,
      (error: unknown) => {
        log.warn('health check failed', { error });
        return false;
      },
    );
    const body = { status: ok ? 'ok' : 'degraded', version, db: { kind: storage.kind, ok } };
    return c.json(body, ok ? 200 : 503);
  });
}
