/**
 * The learner event log. An event is written with its per-device sequence number and its
 * outbox entry in one transaction, so `seq` has no gaps and no event can miss the outbox.
 */
import { SabilError } from '../core/errors/index';
import type { EventRow, SabilDatabase } from './db';
import type { Clock } from './learners-repo';
import { guardStorage } from './storage-errors';

export interface NewEvent {
  learnerId: string;
  type: string;
  data: unknown;
}

export function appendEvent(db: SabilDatabase, event: NewEvent, clock: Pick<Clock, 'now' | 'newId'>): Promise<EventRow> {
  return guardStorage(() =>
    db.transaction('rw', [db.device, db.events, db.outbox], async () => {
      const identity = await db.device.get('identity');
      // ensureDeviceIdentity runs at start-up; without it the database was wiped under the app.
      if (identity?.key !== 'identity') throw new SabilError('storage/failed', { name: 'NoDeviceIdentity' });
      const row: EventRow = {
        id: clock.newId(),
        deviceId: identity.deviceId,
        epoch: identity.epoch,
        seq: identity.nextSeq,
        learnerId: event.learnerId,
        type: event.type,
        at: clock.now(),
        data: event.data,
      };
      await db.events.add(row);
      await db.device.put({ ...identity, nextSeq: identity.nextSeq + 1 });
      await db.outbox.add({ id: row.id, learnerId: row.learnerId });
      return row;
    }),
  );
}

/**
 * A learner's events (of one `type` if given), oldest first by the time their device recorded;
 * events of the same millisecond in the order their device made them (deviceId, epoch, seq).
 */
export async function listEvents(db: SabilDatabase, learnerId: string, type?: string): Promise<EventRow[]> {
  const rows = await guardStorage(() =>
    type === undefined
      ? db.events.where('learnerId').equals(learnerId).toArray()
      : db.events.where('[learnerId+type]').equals([learnerId, type]).toArray(),
  );
  return rows.sort(
    (a, b) => a.at - b.at || (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0) || a.epoch - b.epoch || a.seq - b.seq,
  );
}
