import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SabilDatabase } from './db';
import { INITIAL_SYNC_STATE, readSyncState, recordSyncAttempt, recordSyncFailure, recordSyncSuccess } from './sync-state-repo';
import { markRevoked } from './enrolment-repo';

let db: SabilDatabase;
beforeEach(async () => {
  db = new SabilDatabase(`sync-state-${Math.random()}`);
  await db.open();
});
afterEach(() => db.delete());

describe('the sync state row', () => {
  it('starts empty', async () => {
    expect(await readSyncState(db)).toEqual(INITIAL_SYNC_STATE);
  });

  it('counts failures in a row with the last error, and a success clears them', async () => {
    await recordSyncAttempt(db, 10);
    await recordSyncFailure(db, 11, { code: 'network/unreachable', params: {} });
    await recordSyncFailure(db, 12, { code: 'internal/unexpected', params: { status: 503 } });
    expect(await readSyncState(db)).toMatchObject({ lastAttemptAt: 12, consecutiveFailures: 2, lastError: { code: 'internal/unexpected', params: { status: 503 } }, lastSuccessAt: null });
    await recordSyncSuccess(db, 20);
    expect(await readSyncState(db)).toMatchObject({ lastSuccessAt: 20, lastError: null, consecutiveFailures: 0 });
  });

  it('marks the enrolment revoked once, keeping the first time', async () => {
    await db.device.put({ key: 'enrolment', serverDeviceId: 's', credential: 'c', schoolId: 'school', classId: null, enrolledAt: 1, revokedAt: null });
    await markRevoked(db, 5);
    await markRevoked(db, 9);
    expect(await db.device.get('enrolment')).toMatchObject({ revokedAt: 5 });
  });
});
