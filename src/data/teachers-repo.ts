/**
 * Teachers remembered on this device. A teacher signs in once online; afterwards the teacher view
 * opens offline with the same password, checked against a PBKDF2 verifier with the learners' PIN
 * lockout. The server's session token is kept beside it, only to talk to the server until it expires.
 */
import { SabilError } from '../core/errors/index';
import {
  NO_ATTEMPTS, hashSecret, lockRemainingMs, recordRightPin, recordWrongPin, triesLeft, verifySecret,
} from '../core/profiles/index';
import type { SabilDatabase, TeacherRow } from './db';
import type { Clock, PinCheck } from './learners-repo';
import { guardStorage } from './storage-errors';

/** What a successful online sign-in gives: the session and the server's `GET /auth/me` answer. */
export interface TeacherSignIn {
  session: { token: string; expiresAt: number };
  me: { user: { id: string; login: string; displayName: string }; schoolId: string; classIds: string[] };
  password: string;
}

/** Stores (or refreshes) the teacher; a fresh online sign-in also lifts any offline lockout. */
export async function rememberTeacher(db: SabilDatabase, signIn: TeacherSignIn, clock: Pick<Clock, 'now' | 'randomBytes'>): Promise<TeacherRow> {
  const { me, session } = signIn;
  const row: TeacherRow = {
    userId: me.user.id,
    login: me.user.login,
    displayName: me.user.displayName,
    schoolId: me.schoolId,
    classIds: [...me.classIds],
    verifier: await hashSecret(signIn.password, clock.randomBytes(16)),
    attempts: NO_ATTEMPTS,
    session: { token: session.token, expiresAt: session.expiresAt },
    rememberedAt: clock.now(),
  };
  return guardStorage(() =>
    db.transaction('rw', db.teachers, async () => {
      // The login is unique here as on the server; a row under another id is an account since replaced.
      await db.teachers.where('login').equals(row.login).and((t) => t.userId !== row.userId).delete();
      await db.teachers.put(row);
      return row;
    }),
  );
}

export async function listTeachers(db: SabilDatabase): Promise<TeacherRow[]> {
  const rows = await guardStorage(() => db.teachers.toArray());
  return rows.sort((a, b) => a.displayName.localeCompare(b.displayName) || a.userId.localeCompare(b.userId));
}

export async function getTeacher(db: SabilDatabase, userId: string): Promise<TeacherRow> {
  const row = await guardStorage(() => db.teachers.get(userId));
  if (!row) throw new SabilError('teacher/not-on-device');
  return row;
}

/** Checks the password offline and records the attempt, so a lockout survives a reload. */
export async function checkTeacherPassword(db: SabilDatabase, userId: string, password: string, now: number): Promise<PinCheck> {
  const row = await getTeacher(db, userId);
  const waiting = lockRemainingMs(row.attempts, now);
  if (waiting > 0) return { ok: false, reason: 'locked', retryInMs: waiting };
  if (await verifySecret(password, row.verifier)) {
    await guardStorage(() => db.teachers.update(userId, { attempts: recordRightPin() }));
    return { ok: true };
  }
  const attempts = recordWrongPin(row.attempts, now);
  await guardStorage(() => db.teachers.update(userId, { attempts }));
  const retryInMs = lockRemainingMs(attempts, now);
  return retryInMs > 0 ? { ok: false, reason: 'locked', retryInMs } : { ok: false, reason: 'wrong', triesLeft: triesLeft(attempts) };
}

/** The session token while the server would still accept it, else null. */
export function liveSession(teacher: TeacherRow, now: number): string | null {
  return teacher.session && teacher.session.expiresAt > now ? teacher.session.token : null;
}

/** Drops the token once the server has refused it; the offline verifier stays. */
export function dropTeacherSession(db: SabilDatabase, userId: string): Promise<void> {
  return guardStorage(async () => {
    await db.teachers.update(userId, { session: null });
  });
}

/** The classes the server last said are the teacher's (from the roster). */
export function setTeacherClasses(db: SabilDatabase, userId: string, classIds: readonly string[]): Promise<void> {
  return guardStorage(async () => {
    await db.teachers.update(userId, { classIds: [...classIds] });
  });
}

export function forgetTeacher(db: SabilDatabase, userId: string): Promise<void> {
  return guardStorage(() => db.teachers.delete(userId));
}
