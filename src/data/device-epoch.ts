/**
 * A new epoch for this device's events. A copied or restored database would otherwise write
 * (deviceId, epoch, seq) triples the original also writes; when the server reports the epoch
 * stale, the device moves to the next one and restarts seq at 1, so no triple is reused.
 */
import { SabilError } from '../core/errors/index';
import type { SabilDatabase } from './db';
import { guardStorage } from './storage-errors';

/**
 * Moves past `staleEpoch` to `nextEpoch` (the server reserves one per report, so two copies told
 * at once take different epochs), nextSeq 1, unless the device already has: two tabs, or two
 * answers of the same push, told about the same stale epoch move it once. Returns the epoch in use.
 */
export function startNewEpoch(db: SabilDatabase, staleEpoch: number, nextEpoch = staleEpoch + 1): Promise<number> {
  return guardStorage(() =>
    db.transaction('rw', db.device, async () => {
      const identity = await db.device.get('identity');
      if (identity?.key !== 'identity') throw new SabilError('storage/failed', { name: 'NoDeviceIdentity' });
      if (identity.epoch > staleEpoch) return identity.epoch;
      const epoch = Math.max(nextEpoch, staleEpoch + 1);
      await db.device.put({ ...identity, epoch, nextSeq: 1 });
      return epoch;
    }),
  );
}
