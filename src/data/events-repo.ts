/**
 * The learner event log. An event is written with its per-device sequence number and its
 * outbox entry in one transaction, so `seq` has no gaps and no event can miss the outbox.
 */
import { SabilError } from '../core/errors/index';
import { SabilDatabase, type EventRow } from './db';
import type { Clock } from './learners-repo';
import { guardStorage } from './storage-errors';

export interface NewEvent {
  learnerId: string;
  type: string;
  data: unknown;
}

/**
 * A completed quiz and a mastered skill are what a child would miss most, so they are written
 * through a second connection with strict durability: the write is on disk before the app moves on
 * (a tablet switched off right after the stars keeps them). Other events use the usual connection.
 */
const STRICT_TYPES: ReadonlySet<string> = new Set(['quiz.completed', 'mastery.reached']);
const strictConnections = new WeakMap<SabilDatabase, SabilDatabase>();

export function connectionFor(db: SabilDatabase, type: string): SabilDatabase {
  if (!STRICT_TYPES.has(type) || db.durability === 'strict') return db;
  let strict = strictConnections.get(db);
  if (!strict) {
    strict = new SabilDatabase(db.name, { durability: 'strict' });
    strictConnections.set(db, strict);
  }
  return strict;
}

export function appendEvent(base: SabilDatabase, event: NewEvent, clock: Pick<Clock, 'now' | 'newId'>): Promise<EventRow> {
  const db = connectionFor(base, event.type);
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
