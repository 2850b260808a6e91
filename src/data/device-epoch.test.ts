import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SabilDatabase } from './db';
import { startNewEpoch } from './device-epoch';
import { ensureDeviceIdentity } from './device-repo';

let db: SabilDatabase;

async function setNextSeq(nextSeq: number) {
  const identity = await db.device.get('identity');
  if (identity?.key === 'identity') await db.device.put({ ...identity, nextSeq });
}

beforeEach(async () => {
  db = new SabilDatabase(`epoch-${Math.random()}`);
  await db.open();
  await ensureDeviceIdentity(db, () => 'device-1', 0);
  await setNextSeq(40);
});
afterEach(() => db.delete());

describe('startNewEpoch', () => {
  it('takes the next epoch and restarts seq at 1', async () => {
    expect(await startNewEpoch(db, 1)).toBe(2);
    expect(await db.device.get('identity')).toMatchObject({ deviceId: 'device-1', epoch: 2, nextSeq: 1 });
  });

  it('bumps once when told twice about the same stale epoch (two tabs, two answers)', async () => {
    await Promise.all([startNewEpoch(db, 1), startNewEpoch(db, 1)]);
    await setNextSeq(9);
    expect(await startNewEpoch(db, 1)).toBe(2);
    expect(await db.device.get('identity')).toMatchObject({ epoch: 2, nextSeq: 9 });
  });

  it('takes the epoch the server reserved for it, which may skip one another copy took', async () => {
    expect(await startNewEpoch(db, 1, 3)).toBe(3);
    expect(await db.device.get('identity')).toMatchObject({ epoch: 3, nextSeq: 1 });
  });
});
