/**
 * One helper per authorisation rule, so a route states its rule in one call and cannot forget it.
 * A caller without the role gets 403 `auth/forbidden` (roles are no secret); a caller with the
 * role asking for a school, class or device outside their scope gets the same 404 as for an id
 * that does not exist, so ids cannot be probed.
 */
import { SabilError } from '../../src/core/errors/index';
import type { Caller, Role } from './caller';

export function requireRole<R extends Role>(caller: Caller, roles: readonly R[]): Extract<Caller, { kind: R }> {
  if (caller.kind === 'anonymous') throw new SabilError('auth/required');
  if (!(roles as readonly Role[]).includes(caller.kind)) throw new SabilError('auth/forbidden');
  return caller as Extract<Caller, { kind: R }>; // its kind is one of `roles`, checked just above
}

export function canSeeSchool(caller: Caller, schoolId: string): boolean {
  switch (caller.kind) {
    case 'coordinator':
      return caller.schools === 'all' || caller.schools.has(schoolId);
    case 'teacher':
    case 'device':
      return caller.schoolId === schoolId;
    default:
      return false;
  }
}

/** Whether the caller may see a class of a school: coordinators all its classes, teachers theirs, a class-bound device its own. */
export function canSeeClass(caller: Caller, schoolId: string, classId: string): boolean {
  if (!canSeeSchool(caller, schoolId)) return false;
  if (caller.kind === 'teacher') return caller.classIds.has(classId);
  if (caller.kind === 'device') return caller.classId === undefined || caller.classId === classId;
  return true;
}

export function requireSchool(caller: Caller, schoolId: string): void {
  if (!canSeeSchool(caller, schoolId)) throw new SabilError('school/not-found', { schoolId });
}

export function requireClass(caller: Caller, schoolClass: { schoolId: string; id: string } | undefined, classId: string): void {
  if (!schoolClass || !canSeeClass(caller, schoolClass.schoolId, schoolClass.id)) throw new SabilError('class/not-found', { classId });
}
