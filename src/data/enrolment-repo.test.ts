import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SabilDatabase } from './db';
import { getEnrolment, markRevoked, saveEnrolment } from './enrolment-repo';
import { getRoster, saveRoster } from './roster-repo';

let db: SabilDatabase;
const answer = { deviceId: 'dev-1', credential: 'secret-1', schoolId: 'school-a', classId: 'class-1' };

beforeEach(async () => {
  db = new SabilDatabase(`test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('the enrolment row', () => {
  it('is absent until the device enrols', async () => {
    expect(await getEnrolment(db)).toBeUndefined();
  });

  it('keeps the credential, school, class and time of enrolment', async () => {
    await saveEnrolment(db, answer, 1_000);
    expect(await getEnrolment(db)).toEqual({
      key: 'enrolment', serverDeviceId: 'dev-1', credential: 'secret-1', schoolId: 'school-a', classId: 'class-1', enrolledAt: 1_000, revokedAt: null,
    });
  });

  it('stores a school-wide enrolment with no class', async () => {
    await saveEnrolment(db, { ...answer, classId: null }, 1_000);
    expect((await getEnrolment(db))?.classId).toBeNull();
  });

  it('keeps the first time it was revoked', async () => {
    await saveEnrolment(db, answer, 1_000);
    await markRevoked(db, 2_000);
    await markRevoked(db, 3_000);
    expect((await getEnrolment(db))?.revokedAt).toBe(2_000);
  });

  it('marks nothing when the device was never enrolled', async () => {
    await markRevoked(db, 2_000);
    expect(await getEnrolment(db)).toBeUndefined();
  });

  it('is replaced by a new enrolment, which is no longer revoked', async () => {
    await saveEnrolment(db, answer, 1_000);
    await markRevoked(db, 2_000);
    await saveEnrolment(db, { ...answer, deviceId: 'dev-2', credential: 'secret-2' }, 3_000);
    expect(await getEnrolment(db)).toMatchObject({ serverDeviceId: 'dev-2', credential: 'secret-2', enrolledAt: 3_000, revokedAt: null });
  });

  it('drops the roster of another school when the device enrols elsewhere, and keeps the same school\'s', async () => {
    await saveEnrolment(db, answer, 1_000);
    await saveRoster(db, { schoolId: 'school-a', classes: [], learners: [] }, 1_500);
    await saveEnrolment(db, { ...answer, credential: 'secret-2' }, 2_000);
    expect(await getRoster(db)).toBeDefined();
    await saveEnrolment(db, { ...answer, schoolId: 'school-b' }, 3_000);
    expect(await getRoster(db)).toBeUndefined();
  });
});
