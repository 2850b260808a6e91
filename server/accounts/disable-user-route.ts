/**
 * `POST /users/:userId/disable`: a coordinator switches off a teacher of one of their schools.
 * Their sessions end at once and they cannot sign in again; disabling twice keeps the first time.
 */
import { requireRole } from '../auth/scope';
import { param } from '../api/api-context';
import { auditEntry } from '../api/audit';
import { findTeacher } from '../api/lookups';
import type { RouteSpec } from '../api/route-spec';

export const disableUserRoute: RouteSpec = {
  method: 'POST',
  path: '/users/:userId/disable',
  roles: ['coordinator'],
  scope: 'user',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator']);
    const user = await findTeacher(deps.storage, caller, param(c, 'userId'));
    const at = deps.now().toISOString();
    const disabledAt = await deps.storage.disableUser(user.id, at, auditEntry(deps, caller, 'user.disable', `user:${user.id}`, user.schoolId ?? null, { login: user.login }));
    return c.json({ id: user.id, disabledAt });
  },
};
