/**
 * The teacher's device-side flow against the real server app, in process: fetch is routed to
 * `app.request`, and "offline" is a fetch that cannot connect.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FAST_SCRYPT, TEST_PASSWORD, enrolTestDevice, seedSchool, seedUser } from '../../../server/testing/accounts';
import { makeTestApp } from '../../../server/testing/test-app';
import { SabilDatabase, type EnrolmentRow } from '../../data/db';
import { getRoster } from '../../data/roster-repo';
import { checkTeacherPassword, getTeacher } from '../../data/teachers-repo';
import { setApiOrigin } from '../../sync/api-client';
import { signInStaff } from '../staff/sign-in';
import { addClassLearner } from './add-class-learner';
import { rememberTeacherOnDevice } from './remember-teacher';
import { syncTeacherView } from './sync-teacher-view';

const ORIGIN = 'http://sabil.test';
let db: SabilDatabase;
let isOffline = false;

async function makeWorld() {
  const made = await makeTestApp({ scrypt: FAST_SCRYPT });
  const school = await seedSchool(made.storage, 'Ecole');
  const otherSchool = await seedSchool(made.storage, 'Autre');
  const userId = await seedUser(made.storage, { login: 'amina', displayName: 'Mme Amina', role: 'teacher', schoolId: school.schoolId, classIds: [school.classId] });
  await made.storage.addLearner({ ...school, id: '0190f3a2-7c1e-7a4b-8d2e-000000000001', displayName: 'Salma', createdAt: '2030-01-01T08:00:00.000Z' });
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    if (isOffline) throw new TypeError('Failed to fetch');
    return made.app.request(url.slice(ORIGIN.length), init);
  });
  const enrol = async (schoolId: string, revokedAt: number | null = null) => {
    const device = await enrolTestDevice(made.storage, schoolId);
    const row: EnrolmentRow = { key: 'enrolment', serverDeviceId: device.deviceId, credential: device.credential, schoolId, classId: null, enrolledAt: 1, revokedAt };
    await db.device.put(row);
  };
  const serverLearners = async () => (await made.storage.listLearners(school.schoolId)).map((l) => [l.id, l.displayName]);
  return { ...made, school, otherSchool, userId, enrol, serverLearners };
}

beforeEach(async () => {
  isOffline = false;
  setApiOrigin(ORIGIN);
  db = new SabilDatabase(`test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

describe('a teacher signing in on a class device', () => {
  it('is kept on an enrolled device of her school, with the roster and its learners as profiles', async () => {
    const w = await makeWorld();
    await w.enrol(w.school.schoolId);
    await rememberTeacherOnDevice(db, await signInStaff('amina', TEST_PASSWORD), TEST_PASSWORD);
    const teacher = await getTeacher(db, w.userId);
    expect(teacher).toMatchObject({ login: 'amina', schoolId: w.school.schoolId, classIds: [w.school.classId] });
    expect(await getRoster(db)).toMatchObject({ schoolId: w.school.schoolId, learners: [{ displayName: 'Salma' }] });
    expect(await db.learners.toArray()).toMatchObject([{ displayName: 'Salma', roster: { classId: w.school.classId, state: 'linked' } }]);
    isOffline = true;
    expect(await checkTeacherPassword(db, w.userId, TEST_PASSWORD, Date.now())).toEqual({ ok: true });
  });

  it.each([
    ['not enrolled', null, 'teacher/device-not-enrolled'],
    ['revoked', 'revoked', 'teacher/device-revoked'],
    ['of another school', 'other', 'teacher/other-school'],
  ] as const)('is refused on a device %s, and her new session is ended', async (_name, kind, code) => {
    const w = await makeWorld();
    if (kind === 'revoked') await w.enrol(w.school.schoolId, 5);
    if (kind === 'other') await w.enrol(w.otherSchool.schoolId);
    const session = await signInStaff('amina', TEST_PASSWORD);
    await expect(rememberTeacherOnDevice(db, session, TEST_PASSWORD)).rejects.toMatchObject({ code });
    expect(await db.teachers.count()).toBe(0);
    const me = await w.app.request('/api/v1/auth/me', { headers: { Authorization: `Bearer ${session.token}` } });
    expect(me.status).toBe(401);
  });
});

describe('a teacher adding learners', () => {
  it('adds online under one id on both sides; offline as pending, sent with its own id next time', async () => {
    const w = await makeWorld();
    await w.enrol(w.school.schoolId);
    await rememberTeacherOnDevice(db, await signInStaff('amina', TEST_PASSWORD), TEST_PASSWORD);
    const teacher = await getTeacher(db, w.userId);

    const online = await addClassLearner(db, teacher, w.school.classId, { displayName: 'Youssef', avatar: 'boat', language: 'fr' });
    expect(online.roster).toEqual({ classId: w.school.classId, state: 'linked' });
    expect(await w.serverLearners()).toContainEqual([online.id, 'Youssef']);

    isOffline = true;
    const offline = await addClassLearner(db, teacher, w.school.classId, { displayName: 'Nadia', avatar: 'sun', language: 'ar', pin: '1234' });
    expect(offline.roster?.state).toBe('pending');
    expect(await syncTeacherView(db, teacher)).toEqual({ kind: 'offline' });

    isOffline = false;
    expect(await syncTeacherView(db, teacher)).toEqual({ kind: 'synced', failures: [] });
    expect(await w.serverLearners()).toContainEqual([offline.id, 'Nadia']);
    expect((await db.learners.get(offline.id))?.roster?.state).toBe('linked');
    expect(await db.learners.count()).toBe(3);
  });

  it('keeps a learner pending when the session has expired, and forgets a session the server refuses', async () => {
    const w = await makeWorld();
    await w.enrol(w.school.schoolId);
    await rememberTeacherOnDevice(db, await signInStaff('amina', TEST_PASSWORD), TEST_PASSWORD);
    const teacher = await getTeacher(db, w.userId);
    const expired = { ...teacher, session: teacher.session && { ...teacher.session, expiresAt: Date.now() - 1 } };
    expect((await addClassLearner(db, expired, w.school.classId, { displayName: 'Amal', avatar: 'moon', language: 'en' })).roster?.state).toBe('pending');
    expect(await syncTeacherView(db, expired)).toEqual({ kind: 'no-session' });

    await w.app.request('/api/v1/auth/sign-out', { method: 'POST', headers: { Authorization: `Bearer ${teacher.session?.token ?? ''}` } });
    expect(await syncTeacherView(db, teacher)).toEqual({ kind: 'no-session' });
    expect((await getTeacher(db, w.userId)).session).toBeNull();
  });
});
