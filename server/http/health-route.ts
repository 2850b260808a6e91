import type { RouteSpec } from '../api/route-spec';

/**
 * `GET /health`: 200 when the database answers, 503 "degraded" when it does not. Public, for
 * load balancers and monitors; it says nothing about schools or learners.
 */
export const healthRoute: RouteSpec = {
  method: 'GET',
  path: '/health',
  roles: 'public',
  scope: 'none',
  handle: async (c, { storage, version, log }) => {
    const ok = await storage.checkHealth().then(
      () => true,
      (error: unknown) => {
        log.warn('health check failed', { error });
        return false;
      },
    );
    const body = { status: ok ? 'ok' : 'degraded', version, db: { kind: storage.kind, ok } };
    return c.json(body, ok ? 200 : 503);
  },
};
