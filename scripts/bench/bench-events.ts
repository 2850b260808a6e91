/**
 * The events every bench figure pushes or inserts: a realistic mix (mostly quiz answers) built
 * with the shared test builders, fresh UUIDv7 ids per run, cut into push bodies of 500 — and the
 * same events as the rows the server would store, for the raw-database baselines.
 */
import { randomUUID } from 'node:crypto';
import { eventDigest, type EventRecord } from '../../src/core/events/index';
import { lessonCompleted, quizAnswered, quizCompleted } from '../../src/core/events/test-events';

export const BATCH = 500;

/** A random UUIDv7-shaped id: the schema asks for version 7, uniqueness is all the bench needs. */
export function benchId(): string {
  const id = randomUUID();
  return `${id.slice(0, 14)}7${id.slice(15)}`;
}

export interface DeviceBacklog {
  deviceId: string;
  events: EventRecord[];
}

/** `count` events of one local device, seqs from `firstSeq`, spread over the learners. */
export function makeBacklog(count: number, learnerIds: readonly string[], deviceId = benchId(), firstSeq = 1): DeviceBacklog {
  const events: EventRecord[] = [];
  const at = Date.now() - 86_400_000;
  for (let i = 0; i < count; i++) {
    const seq = firstSeq + i;
    const over = { id: benchId(), deviceId, seq, learnerId: learnerIds[i % learnerIds.length] ?? '', at: at + i * 1_000 };
    // Eight answers for one quiz completed and one lesson completed: what a class session writes.
    const kind = i % 10;
    events.push(kind === 8 ? quizCompleted(seq, over) : kind === 9 ? lessonCompleted(seq, over) : quizAnswered(seq, over));
  }
  return { deviceId, events };
}

export function batchesOf<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The push body the app's sync engine sends for one batch (docs/sync.md). */
export function pushBody(deviceId: string, events: readonly EventRecord[], outboxWaiting: number) {
  const highest = events.reduce((top, e) => Math.max(top, e.seq), 0);
  return {
    deviceId,
    epoch: 1,
    nextSeq: highest + 1,
    status: { appVersion: '0.1.0', outboxWaiting, storageFreeBytes: 1_000_000_000, clientTime: Date.now() },
    events,
    compactAck: true, // as the app asks: a batch acked whole comes back as `ackedAll`, not 500 ids
  };
}

/** The `events` row the server writes for an event, in column order (migration 004). */
export type EventRow = [string, string, string, number, number, string, string, number, string, number, string, string, string];

export function rowsFor(events: readonly EventRecord[], schoolId: string, serverDeviceId: string, firstServerSeq: number): EventRow[] {
  const receivedAt = new Date().toISOString();
  return events.map((e, i) => [
    schoolId, e.id, e.deviceId, e.epoch, e.seq, e.learnerId, e.type, e.at, receivedAt, firstServerSeq + i, eventDigest(e), JSON.stringify(e.data), serverDeviceId,
  ]);
}

export const EVENT_COLUMNS = 'school_id, id, device_id, epoch, seq, learner_id, type, at_device, received_at, server_seq, digest, data, server_device_id';
