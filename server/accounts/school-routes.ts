/**
 * `GET /schools` (the caller's schools) and `POST /schools` `{ name }`. A coordinator of some
 * schools who creates one is given it, so they can go on to set it up.
 */
import * as v from 'valibot';
import { requireRole } from '../auth/scope';
import { auditEntry } from '../api/audit';
import { displayName, readBody } from '../api/read-body';
import type { RouteSpec } from '../api/route-spec';

export const listSchoolsRoute: RouteSpec = {
  method: 'GET',
  path: '/schools',
  roles: ['coordinator'],
  scope: 'filtered',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator']);
    const schools = await deps.storage.listSchools(caller.schools === 'all' ? 'all' : [...caller.schools]);
    return c.json({ schools });
  },
};

export const createSchoolRoute: RouteSpec = {
  method: 'POST',
  path: '/schools',
  roles: ['coordinator'],
  scope: 'none',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator']);
    const { name } = await readBody(c, v.object({ name: displayName }));
    const school = { id: deps.newId(), name, createdAt: deps.now().toISOString() };
    const audit = auditEntry(deps, caller, 'school.create', `school:${school.id}`, school.id, { name });
    await deps.storage.createSchool(school, audit, caller.schools === 'all' ? undefined : caller.userId);
    return c.json(school, 201);
  },
};
