/** The storage contract, part 3: schools, users, sessions, devices and enrolment, on the backend of this test project. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seedSchool } from '../testing/accounts';
import { openTestStorage, testStorageKind } from '../testing/test-storage';
import type { AuditEntry } from './account-storage';

const AT = '2030-01-01T08:00:00.000Z';
const audit = (action: string, schoolId: string | null = null): AuditEntry => ({ id: randomUUID(), at: AT, actorUserId: null, schoolId, action, target: 't', details: { n: 1 } });
const user = (login: string) => ({ id: randomUUID(), login, displayName: login, role: 'coordinator' as const, passwordHash: 'x', createdAt: AT, allSchools: true });

describe(`storage on ${testStorageKind()}: accounts`, () => {
  it('writes the audit row with the change, and neither when the change is refused', async () => {
    const storage = await openTestStorage();
    await storage.createUser(user('karim'), audit('first'));
    await expect(storage.createUser(user('karim'), audit('second'))).rejects.toMatchObject({ code: 'user/login-taken', params: { login: 'karim' } });
    expect((await storage.listAudit('all', 10)).map((e) => e.action)).toEqual(['first']);
    expect(await storage.countUsers()).toBe(1);
  });

  it('returns a user with their scope', async () => {
    const storage = await openTestStorage();
    const a = await seedSchool(storage, 'A');
    const teacher = { ...user('amina'), role: 'teacher' as const, allSchools: false, schoolId: a.schoolId, classIds: [a.classId] };
    await storage.createUser(teacher, audit('t'));
    expect(await storage.getUserByLogin('amina')).toMatchObject({ id: teacher.id, role: 'teacher', schoolId: a.schoolId, classIds: [a.classId], schoolIds: [], allSchools: false });
    expect(await storage.getUserByLogin('nobody')).toBeUndefined();
  });

  it('redeems an enrolment code once, and tells unknown, used and expired apart', async () => {
    const storage = await openTestStorage();
    const a = await seedSchool(storage, 'A');
    const code = { codeHash: 'h1', schoolId: a.schoolId, classId: a.classId, createdAt: AT, expiresAt: '2030-01-01T08:10:00.000Z' };
    await storage.createEnrolmentCode(code, audit('code', a.schoolId));
    const device = (id: string) => ({ id, credentialHash: `cred-${id}` });
    expect(await storage.redeemEnrolmentCode('nope', device('d0'), AT)).toEqual({ kind: 'unknown' });
    expect(await storage.redeemEnrolmentCode('h1', device('d1'), '2030-01-01T08:10:00.000Z')).toEqual({ kind: 'expired' });
    expect(await storage.redeemEnrolmentCode('h1', device('d1'), AT)).toEqual({
      kind: 'enrolled',
      device: { id: 'd1', schoolId: a.schoolId, classId: a.classId, enrolledAt: AT, lastSeenAt: AT },
    });
    expect(await storage.redeemEnrolmentCode('h1', device('d2'), AT)).toEqual({ kind: 'used' });
    expect(await storage.getDeviceByCredential('cred-d1')).toMatchObject({ id: 'd1' });
    expect(await storage.getDevice('d2')).toBeUndefined();
  });

  it('revokes a device once and keeps the first time', async () => {
    const storage = await openTestStorage();
    const a = await seedSchool(storage, 'A');
    await storage.createEnrolmentCode({ codeHash: 'h', schoolId: a.schoolId, createdAt: AT, expiresAt: '2999-01-01T00:00:00.000Z' }, audit('code'));
    await storage.redeemEnrolmentCode('h', { id: 'd', credentialHash: 'c' }, AT);
    expect(await storage.revokeDevice('d', '2030-02-01T00:00:00.000Z', audit('revoke'))).toBe(true);
    expect(await storage.revokeDevice('d', '2030-03-01T00:00:00.000Z', audit('revoke'))).toBe(true);
    expect((await storage.getDevice('d'))?.revokedAt).toBe('2030-02-01T00:00:00.000Z');
    expect(await storage.revokeDevice('none', AT, audit('revoke'))).toBe(false);
  });

  it('updates last_seen_at only when it is older than asked', async () => {
    const storage = await openTestStorage();
    const a = await seedSchool(storage, 'A');
    await storage.createEnrolmentCode({ codeHash: 'h', schoolId: a.schoolId, createdAt: AT, expiresAt: '2999-01-01T00:00:00.000Z' }, audit('code'));
    await storage.redeemEnrolmentCode('h', { id: 'd', credentialHash: 'c' }, AT);
    await storage.touchDevice('d', '2030-01-01T08:04:00.000Z', 5 * 60_000);
    expect((await storage.getDevice('d'))?.lastSeenAt).toBe(AT);
    await storage.touchDevice('d', '2030-01-01T08:06:00.000Z', 5 * 60_000);
    expect((await storage.getDevice('d'))?.lastSeenAt).toBe('2030-01-01T08:06:00.000Z');
  });

  it('lists schools, learners and audit rows within a scope only', async () => {
    const storage = await openTestStorage();
    const a = await seedSchool(storage, 'A');
    const b = await seedSchool(storage, 'B');
    await storage.addLearner({ ...a, id: 'la', displayName: 'Salma', createdAt: AT });
    await storage.addLearner({ ...b, id: 'lb', displayName: 'Youssef', createdAt: AT });
    expect((await storage.listSchools([a.schoolId])).map((s) => s.name)).toEqual(['A']);
    expect((await storage.listSchools([])).length).toBe(0);
    expect((await storage.listSchools('all')).map((s) => s.name)).toEqual(['A', 'B']);
    expect((await storage.listLearners(a.schoolId)).map((l) => l.id)).toEqual(['la']);
    expect(await storage.listLearners(a.schoolId, [b.classId])).toEqual([]);
    const rows = await storage.listAudit([b.schoolId], 10);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.schoolId === b.schoolId)).toBe(true);
  });
});

describe(`storage on ${testStorageKind()}: passwords, setup codes and rate limits`, () => {
  it('revokes every session of a user whose password is set, and only theirs', async () => {
    const storage = await openTestStorage();
    const karim = user('karim');
    const salma = user('salma');
    await storage.createUser(karim, audit('k'));
    await storage.createUser(salma, audit('s'));
    const session = (tokenHash: string, userId: string) => ({ tokenHash, userId, createdAt: AT, expiresAt: '2999-01-01T00:00:00.000Z' });
    await storage.createSession(session('k1', karim.id));
    await storage.createSession(session('s1', salma.id));
    await storage.setPassword(karim.id, 'new-hash', audit('password.reset'));
    expect(await storage.getSession('k1')).toMatchObject({ revokedAt: AT });
    expect(await storage.getSession('s1')).toEqual(session('s1', salma.id));
    expect((await storage.getUserById(karim.id))?.passwordHash).toBe('new-hash');
  });

  it('redeems only the last setup code, once, and only while no coordinator exists', async () => {
    const storage = await openTestStorage();
    await storage.replaceSetupCode('old', AT, '2030-01-02T08:00:00.000Z');
    await storage.replaceSetupCode('new', AT, '2030-01-02T08:00:00.000Z');
    expect(await storage.redeemSetupCode('old', user('a'), audit('setup'))).toBe('invalid');
    expect(await storage.redeemSetupCode('new', { ...user('b'), createdAt: '2030-01-02T08:00:00.000Z' }, audit('setup'))).toBe('expired');
    expect(await storage.redeemSetupCode('new', user('c'), audit('setup'))).toBe('created');
    expect(await storage.redeemSetupCode('new', user('d'), audit('setup'))).toBe('not-needed');
    expect(await storage.countUsers()).toBe(1);
  });

  it('updates a rate-limit row from what it held, and forgets it when deleted', async () => {
    const storage = await openTestStorage();
    const bump = (row: { count: number } | undefined) => ({ key: 'k', windowStart: AT, count: (row?.count ?? 0) + 1 });
    expect(await storage.updateRateLimit('k', bump)).toEqual({ key: 'k', windowStart: AT, count: 1 });
    await storage.updateRateLimit('k', (row) => ({ ...bump(row), lockedUntil: '2030-01-01T09:00:00.000Z' }));
    expect(await storage.getRateLimit('k')).toEqual({ key: 'k', windowStart: AT, count: 2, lockedUntil: '2030-01-01T09:00:00.000Z' });
    await storage.deleteRateLimit('k');
    expect(await storage.getRateLimit('k')).toBeUndefined();
  });
});
