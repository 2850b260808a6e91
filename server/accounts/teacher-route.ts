/**
 * `GET /schools/:schoolId/teachers`, and `POST` with `{ login, displayName, classIds? }` → the teacher and a
 * generated password, shown this once. Every class in the body must be of the school in the URL.
 */
import * as v from 'valibot';
import { hashPassword } from '../auth/passwords';
import { requireRole } from '../auth/scope';
import { generatePassword } from '../auth/secrets';
import { auditEntry } from '../api/audit';
import { findClassOfSchool, findSchool } from '../api/lookups';
import { displayName, id, readBody } from '../api/read-body';
import { param } from '../api/api-context';
import type { RouteSpec } from '../api/route-spec';

/** Logins are compared lower-case; letters, digits and . _ - @ so an email works too. */
export const loginSchema = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.regex(/^[a-z0-9._@-]{3,100}$/));

const NewTeacher = v.object({
  login: loginSchema,
  displayName,
  classIds: v.optional(v.pipe(v.array(id), v.maxLength(50)), []),
});

export const listTeachersRoute: RouteSpec = {
  method: 'GET',
  path: '/schools/:schoolId/teachers',
  roles: ['coordinator'],
  scope: 'school',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator']);
    const school = await findSchool(deps.storage, caller, param(c, 'schoolId'));
    const teachers = await deps.storage.listTeachers(school.id);
    return c.json({ teachers: teachers.map((t) => ({ id: t.id, login: t.login, displayName: t.displayName, classIds: t.classIds, disabled: t.disabledAt !== undefined })) });
  },
};

export const createTeacherRoute: RouteSpec = {
  method: 'POST',
  path: '/schools/:schoolId/teachers',
  roles: ['coordinator'],
  scope: 'school-and-body',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator']);
    const { id: schoolId } = await findSchool(deps.storage, caller, param(c, 'schoolId'));
    const body = await readBody(c, NewTeacher);
    const classIds = [...new Set(body.classIds)];
    for (const classId of classIds) await findClassOfSchool(deps.storage, schoolId, classId);
    const password = generatePassword();
    const user = {
      id: deps.newId(),
      login: body.login,
      displayName: body.displayName,
      role: 'teacher' as const,
      passwordHash: await hashPassword(password, deps.scrypt),
      createdAt: deps.now().toISOString(),
      schoolId,
      classIds,
    };
    await deps.storage.createUser(user, auditEntry(deps, caller, 'teacher.create', `user:${user.id}`, schoolId, { login: user.login, classIds }));
    return c.json({ id: user.id, login: user.login, displayName: user.displayName, schoolId, classIds, password }, 201);
  },
};
