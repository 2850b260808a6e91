/**
 * `GET /roster`: the learners a device or teacher serves — a class-bound device its class, a
 * school device its school, a teacher their classes. `POST /classes/:classId/learners`
 * `{ displayName, id? }`: a teacher adds a learner to one of their classes, with an id the server
 * makes or one the teacher's device chose (a learner added offline keeps the id it already has).
 */
import * as v from 'valibot';
import { SabilError } from '../../src/core/errors/index';
import { requireRole } from '../auth/scope';
import { param } from '../api/api-context';
import { findClass } from '../api/lookups';
import { displayName, readBody } from '../api/read-body';
import type { RouteSpec } from '../api/route-spec';

export const rosterRoute: RouteSpec = {
  method: 'GET',
  path: '/roster',
  roles: ['device', 'teacher'],
  scope: 'filtered',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['device', 'teacher']);
    const classIds = caller.kind === 'teacher' ? [...caller.classIds] : caller.classId ? [caller.classId] : undefined;
    const classes = (await deps.storage.listClasses(caller.schoolId)).filter((k) => !classIds || classIds.includes(k.id));
    const learners = await deps.storage.listLearners(caller.schoolId, classIds);
    const school = await deps.storage.getSchool(caller.schoolId);
    return c.json({
      schoolId: caller.schoolId,
      // So the device can say which school it serves in words; names stay within the school's scope.
      schoolName: school?.name ?? null,
      classes: classes.map(({ id, name }) => ({ id, name })),
      learners: learners.map(({ id, classId, displayName: name }) => ({ id, classId, displayName: name })),
    });
  },
};

/** Lower-case only, as devices make them (UUIDv7), so one learner cannot arrive under two spellings. */
const clientId = v.pipe(v.string(), v.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/));

export const addLearnerRoute: RouteSpec = {
  method: 'POST',
  path: '/classes/:classId/learners',
  roles: ['teacher'],
  scope: 'class',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['teacher']);
    const schoolClass = await findClass(deps.storage, caller, param(c, 'classId'));
    const body = await readBody(c, v.object({ displayName, id: v.optional(clientId) }));
    const learner = {
      schoolId: schoolClass.schoolId, classId: schoolClass.id, id: body.id ?? deps.newId(), displayName: body.displayName, createdAt: deps.now().toISOString(),
    };
    const existing = await deps.storage.addLearner(learner);
    // A device whose answer was lost sends the same learner again: the same row is a success.
    const isRetry = existing?.schoolId === learner.schoolId && existing.classId === learner.classId && existing.displayName === learner.displayName;
    if (existing && !isRetry) throw new SabilError('learner/id-taken');
    return c.json({ id: learner.id, classId: learner.classId, displayName: learner.displayName }, isRetry ? 200 : 201);
  },
};
