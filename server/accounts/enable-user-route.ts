/**
 * `POST /users/:userId/enable`: a coordinator lets a teacher they disabled sign in again, with the
 * password they had (sessions ended by the disabling stay ended). Enabling one who is not disabled
 * changes nothing and writes no audit row.
 */
import { requireRole } from '../auth/scope';
import { param } from '../api/api-context';
import { auditEntry } from '../api/audit';
import { findTeacher } from '../api/lookups';
import type { RouteSpec } from '../api/route-spec';

export const enableUserRoute: RouteSpec = {
  method: 'POST',
  path: '/users/:userId/enable',
  roles: ['coordinator'],
  scope: 'user',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator']);
    const user = await findTeacher(deps.storage, caller, param(c, 'userId'));
    await deps.storage.enableUser(user.id, auditEntry(deps, caller, 'user.enable', `user:${user.id}`, user.schoolId ?? null, { login: user.login }));
    return c.json({ id: user.id, disabledAt: null });
  },
};
