/**
 * Puts the route table on a Hono app. Before each handler of a non-public route, the caller is
 * resolved from the Authorization header (401 `auth/required`, `auth/expired` or `auth/revoked`)
 * and the table's roles are enforced (wrong role: 403 `auth/forbidden`); handlers then check ids
 * (scope.ts, lookups.ts). Public routes ignore any credential, so a stale one cannot break sign-in.
 */
import type { Hono } from 'hono';
import { resolveCaller, type Caller } from '../auth/caller';
import { requireRole } from '../auth/scope';
import type { ApiDeps, ApiEnv } from './api-context';
import type { RouteSpec } from './route-spec';

const ANONYMOUS: Caller = { kind: 'anonymous' };

export function registerRoutes(api: Hono<ApiEnv>, routes: readonly RouteSpec[], deps: ApiDeps): void {
  for (const route of routes) {
    api.on(route.method, route.path, async (c) => {
      const isPublic = route.roles === 'public';
      const caller = isPublic ? ANONYMOUS : await resolveCaller(deps.storage, c.req.header('Authorization'), deps.now());
      if (route.roles !== 'public') requireRole(caller, route.roles);
      c.set('caller', caller);
      return route.handle(c, deps);
    });
  }
}
