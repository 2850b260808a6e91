/** `GET` and `POST /schools/:schoolId/classes` `{ name }`, for the school's coordinators. */
import * as v from 'valibot';
import { requireRole } from '../auth/scope';
import { findSchool } from '../api/lookups';
import { auditEntry } from '../api/audit';
import { displayName, readBody } from '../api/read-body';
import { param } from '../api/api-context';
import type { RouteSpec } from '../api/route-spec';

export const listClassesRoute: RouteSpec = {
  method: 'GET',
  path: '/schools/:schoolId/classes',
  roles: ['coordinator'],
  scope: 'school',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator']);
    const school = await findSchool(deps.storage, caller, param(c, 'schoolId'));
    return c.json({ classes: await deps.storage.listClasses(school.id) });
  },
};

export const createClassRoute: RouteSpec = {
  method: 'POST',
  path: '/schools/:schoolId/classes',
  roles: ['coordinator'],
  scope: 'school',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator']);
    const { id: schoolId } = await findSchool(deps.storage, caller, param(c, 'schoolId'));
    const { name } = await readBody(c, v.object({ name: displayName }));
    const schoolClass = { schoolId, id: deps.newId(), name, createdAt: deps.now().toISOString() };
    await deps.storage.createClass(schoolClass, auditEntry(deps, caller, 'class.create', `class:${schoolClass.id}`, schoolId, { name }));
    return c.json(schoolClass, 201);
  },
};

