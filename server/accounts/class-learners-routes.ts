/**
 * A class's roster for its coordinator or teacher: `GET /classes/:classId/learners`, and
 * `POST /classes/:classId/learners/import` with `{ learners: [{ displayName }] }` (1–1000), which
 * writes every learner or none. Rows are checked with the same rules as the app's CSV preview
 * (src/core/roster); a bad row answers 422 `roster/invalid-rows` with each row's index and code.
 */
import * as v from 'valibot';
import { ROSTER_MAX_ROWS } from '../../src/core/roster/index';
import { requireRole } from '../auth/scope';
import { param } from '../api/api-context';
import { auditEntry } from '../api/audit';
import { findClass } from '../api/lookups';
import { readBody } from '../api/read-body';
import type { RouteSpec } from '../api/route-spec';
import type { RosterLearner } from '../storage/account-storage';

// Names are checked row by row in the transaction, so a bad one is reported with its index
// rather than refusing the whole body; the length cap here only bounds the work.
const ImportBody = v.object({
  learners: v.pipe(v.array(v.object({ displayName: v.pipe(v.string(), v.maxLength(1000)) })), v.minLength(1), v.maxLength(ROSTER_MAX_ROWS)),
});

const publicLearner = ({ id, classId, displayName }: RosterLearner) => ({ id, classId, displayName });

export const listClassLearnersRoute: RouteSpec = {
  method: 'GET',
  path: '/classes/:classId/learners',
  roles: ['coordinator', 'teacher'],
  scope: 'class',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator', 'teacher']);
    const schoolClass = await findClass(deps.storage, caller, param(c, 'classId'));
    const learners = await deps.storage.listLearners(schoolClass.schoolId, [schoolClass.id]);
    return c.json({ learners: learners.map(publicLearner) });
  },
};

export const importLearnersRoute: RouteSpec = {
  method: 'POST',
  path: '/classes/:classId/learners/import',
  roles: ['coordinator', 'teacher'],
  scope: 'class',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator', 'teacher']);
    const { schoolId, id: classId } = await findClass(deps.storage, caller, param(c, 'classId'));
    const body = await readBody(c, ImportBody);
    const createdAt = deps.now().toISOString();
    const learners = body.learners.map((l) => ({ schoolId, classId, id: deps.newId(), displayName: l.displayName.trim(), createdAt }));
    const audit = auditEntry(deps, caller, 'roster.import', `class:${classId}`, schoolId, { count: learners.length });
    const outcome = await deps.storage.importLearners(schoolId, classId, learners, audit);
    // Answered here rather than thrown: the error handler sends only `{ code, params }`, and the
    // client needs each refused row to show it.
    if (outcome.kind === 'invalid') return c.json({ code: 'roster/invalid-rows', params: { count: outcome.rows.length }, rows: outcome.rows }, 422);
    return c.json({ learners: learners.map(publicLearner) }, 201);
  },
};
