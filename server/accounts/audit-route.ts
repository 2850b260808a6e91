/** `GET /audit?limit=` → the newest entries (default 100, at most 500) of the caller's schools. */
import { requireRole } from '../auth/scope';
import type { RouteSpec } from '../api/route-spec';

export const listAuditRoute: RouteSpec = {
  method: 'GET',
  path: '/audit',
  roles: ['coordinator'],
  scope: 'filtered',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator']);
    const asked = Number(c.req.query('limit') ?? 100);
    const limit = Number.isInteger(asked) && asked > 0 ? Math.min(asked, 500) : 100;
    const entries = await deps.storage.listAudit(caller.schools === 'all' ? 'all' : [...caller.schools], limit);
    return c.json({ entries });
  },
};
