import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SabilDatabase } from './db';
import {
  checkTeacherPassword, dropTeacherSession, forgetTeacher, getTeacher, listTeachers, liveSession, rememberTeacher, type TeacherSignIn,
} from './teachers-repo';

let db: SabilDatabase;
const clock = { now: () => 1_000, randomBytes: (n: number) => new Uint8Array(n).fill(3) };
const PASSWORD = '7KQ2-MXH4-RD9B-PZ3T';

function signIn(overrides: Partial<TeacherSignIn['me']['user']> = {}, password = PASSWORD): TeacherSignIn {
  return {
    session: { token: 'token-1', expiresAt: 50_000 },
    me: { user: { id: 'amina-id', login: 'amina', displayName: 'Mme Amina', ...overrides }, schoolId: 'school-a', classIds: ['class-1'] },
    password,
  };
}

beforeEach(async () => {
  db = new SabilDatabase(`test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('teachers on a device', () => {
  it('remembers a teacher with a verifier, never the password itself', async () => {
    const row = await rememberTeacher(db, signIn(), clock);
    expect(row).toMatchObject({ userId: 'amina-id', schoolId: 'school-a', classIds: ['class-1'], session: { token: 'token-1', expiresAt: 50_000 } });
    expect(JSON.stringify(await db.teachers.toArray())).not.toContain(PASSWORD);
    expect(await checkTeacherPassword(db, 'amina-id', PASSWORD, 2_000)).toEqual({ ok: true });
  });

  it('lists teachers by name and forgets one', async () => {
    await rememberTeacher(db, signIn(), clock);
    await rememberTeacher(db, signIn({ id: 'b-id', login: 'bilal', displayName: 'M. Bilal' }), clock);
    expect((await listTeachers(db)).map((t) => t.displayName)).toEqual(['M. Bilal', 'Mme Amina']);
    await forgetTeacher(db, 'b-id');
    expect((await listTeachers(db)).map((t) => t.login)).toEqual(['amina']);
  });

  it('replaces an older account that had the same login', async () => {
    await rememberTeacher(db, signIn({ id: 'old-id' }), clock);
    await rememberTeacher(db, signIn(), clock);
    expect((await listTeachers(db)).map((t) => t.userId)).toEqual(['amina-id']);
  });

  it('counts wrong passwords down, then locks for 30 s, and the lock survives a fresh read', async () => {
    await rememberTeacher(db, signIn(), clock);
    for (let left = 4; left >= 1; left--) {
      expect(await checkTeacherPassword(db, 'amina-id', 'wrong', 2_000)).toEqual({ ok: false, reason: 'wrong', triesLeft: left });
    }
    expect(await checkTeacherPassword(db, 'amina-id', 'wrong', 2_000)).toEqual({ ok: false, reason: 'locked', retryInMs: 30_000 });
    expect(await checkTeacherPassword(db, 'amina-id', PASSWORD, 10_000)).toEqual({ ok: false, reason: 'locked', retryInMs: 22_000 });
    expect(await checkTeacherPassword(db, 'amina-id', PASSWORD, 32_000)).toEqual({ ok: true });
    expect((await getTeacher(db, 'amina-id')).attempts).toEqual({ failures: 0, lockouts: 0, lockedUntil: null });
  });

  it('doubles the lock after a second series of wrong passwords', async () => {
    await rememberTeacher(db, signIn(), clock);
    for (let i = 0; i < 5; i++) await checkTeacherPassword(db, 'amina-id', 'wrong', 0);
    let last;
    for (let i = 0; i < 5; i++) last = await checkTeacherPassword(db, 'amina-id', 'wrong', 40_000);
    expect(last).toEqual({ ok: false, reason: 'locked', retryInMs: 60_000 });
  });

  it('lifts a lockout when the teacher signs in online again', async () => {
    await rememberTeacher(db, signIn(), clock);
    for (let i = 0; i < 5; i++) await checkTeacherPassword(db, 'amina-id', 'wrong', 2_000);
    await rememberTeacher(db, signIn(), clock);
    expect(await checkTeacherPassword(db, 'amina-id', PASSWORD, 2_001)).toEqual({ ok: true });
  });

  it('refuses a teacher who is not on this device', async () => {
    await expect(checkTeacherPassword(db, 'nobody', PASSWORD, 0)).rejects.toMatchObject({ code: 'teacher/not-on-device' });
  });

  it('uses the session only until it expires, and not at all once dropped', async () => {
    const row = await rememberTeacher(db, signIn(), clock);
    expect(liveSession(row, 49_999)).toBe('token-1');
    expect(liveSession(row, 50_000)).toBeNull();
    await dropTeacherSession(db, 'amina-id');
    expect(liveSession(await getTeacher(db, 'amina-id'), 0)).toBeNull();
  });
});
