/** `POST /auth/sign-out` ends the caller's session; `GET /auth/me` says who the credential is. */
import { requireRole } from '../auth/scope';
import type { RouteSpec } from '../api/route-spec';

export const signOutRoute: RouteSpec = {
  method: 'POST',
  path: '/auth/sign-out',
  roles: ['coordinator', 'teacher'],
  scope: 'none',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator', 'teacher']);
    await deps.storage.revokeSession(caller.tokenHash, deps.now().toISOString());
    return c.body(null, 204);
  },
};

export const meRoute: RouteSpec = {
  method: 'GET',
  path: '/auth/me',
  roles: ['coordinator', 'teacher', 'device'],
  scope: 'none',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator', 'teacher', 'device']);
    if (caller.kind === 'device') return c.json({ role: 'device', deviceId: caller.deviceId, schoolId: caller.schoolId, classId: caller.classId ?? null });
    const user = await deps.storage.getUserById(caller.userId);
    const who = { role: caller.kind, user: { id: caller.userId, login: user?.login ?? '', displayName: user?.displayName ?? '' } };
    if (caller.kind === 'teacher') return c.json({ ...who, schoolId: caller.schoolId, classIds: [...caller.classIds].sort() });
    return c.json({ ...who, schools: caller.schools === 'all' ? 'all' : [...caller.schools].sort() });
  },
};
