/**
 * After an online sign-in, keeps the teacher on this class device so her view opens offline later.
 * Only an enrolled device of her own school may keep her: her classes' roster is that school's.
 */
import { SabilError } from '../../core/errors/index';
import type { EnrolmentRow, SabilDatabase } from '../../data/db';
import { browserClock } from '../../data/browser-clock';
import { rememberTeacher } from '../../data/teachers-repo';
import { guardStorage } from '../../data/storage-errors';
import { signOutStaff } from '../staff/sign-in';
import type { StaffSession } from '../staff/staff-session';
import { writeActiveTeacherId } from './active-teacher';
import { fetchMe } from './teacher-api';
import { refreshRoster } from './refresh-roster';

async function readEnrolment(db: SabilDatabase): Promise<EnrolmentRow | null> {
  const row = await guardStorage(() => db.device.get('enrolment'));
  return row?.key === 'enrolment' ? row : null;
}

/** Why this device may not keep a teacher of `schoolId`, or null when it may. */
export function deviceRefusal(enrolment: EnrolmentRow | null, schoolId: string): SabilError | null {
  if (!enrolment) return new SabilError('teacher/device-not-enrolled');
  if (enrolment.revokedAt !== null) return new SabilError('teacher/device-revoked');
  if (enrolment.schoolId !== schoolId) return new SabilError('teacher/other-school');
  return null;
}

export async function rememberTeacherOnDevice(db: SabilDatabase, session: StaffSession, password: string): Promise<void> {
  const me = await fetchMe(session.token);
  if (me.role !== 'teacher') throw new SabilError('auth/forbidden');
  const refusal = deviceRefusal(await readEnrolment(db), me.schoolId);
  if (refusal) {
    // Her session would sit unused on a device that may not keep her: end it on the server.
    await signOutStaff(session.token);
    throw refusal;
  }
  const teacher = await rememberTeacher(db, { session: { token: session.token, expiresAt: session.expiresAt }, me, password }, browserClock);
  writeActiveTeacherId(teacher.userId);
  // She is kept whatever happens next: the teacher view fetches the roster again as it opens and
  // shows any failure there, so a dropped connection here does not undo a good sign-in.
  await refreshRoster(db, teacher, session.token).catch(() => undefined);
}
