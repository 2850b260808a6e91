/**
 * A push on SQLite: one IMMEDIATE transaction per request (docs/sync.md, "Server guarantees").
 * Each event is checked against the school's roster, inserted once (ON CONFLICT DO NOTHING) with
 * the school's next sequence, or quarantined; the device's watermark and status are written in
 * the same transaction, and synchronous=FULL makes the commit durable before the route answers.
 */
import type Database from 'better-sqlite3';
import type { EventRecord } from '../../../src/core/events/index';
import type { IngestOutcome, IngestRequest, QuarantineReason } from '../sync-storage';
import { sqliteIngestAssignments } from './sqlite-assignments';
import { oneRow } from './sqlite-rows';
import { takeSchoolSeq } from './sqlite-school-seq';

interface Quarantined {
  eventId: string | undefined;
  reason: QuarantineReason;
  detail: string;
  raw: string;
  rawDigest: string;
}

export function sqliteIngest(db: Database.Database): (request: IngestRequest) => IngestOutcome {
  const run = db.transaction((request: IngestRequest): IngestOutcome => {
    const { schoolId } = request;
    const acked: string[] = [];
    const quarantined: IngestOutcome['quarantined'] = [];
    const ack = (id: string) => {
      if (!acked.includes(id)) acked.push(id);
    };
    const held: EventRecord[] = [];
    let seqReused = false;

    const quarantine = (item: Quarantined) => {
      db.prepare(
        `INSERT INTO quarantine (school_id, event_id, raw_digest, reason, detail, received_at, server_device_id, raw)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (school_id, event_id, raw_digest) DO NOTHING`,
      ).run(schoolId, item.eventId ?? '', item.rawDigest, item.reason, item.detail, request.receivedAt, request.serverDeviceId, item.raw);
      if (item.eventId === undefined) return;
      ack(item.eventId);
      quarantined.push({ id: item.eventId, reason: item.reason });
    };

    for (const item of request.items) {
      if (item.kind === 'refused') {
        quarantine(item);
        continue;
      }
      const { event, digest } = item;
      const raw = JSON.stringify(event);
      const existing = oneRow<{ digest: string }>(db, 'SELECT digest FROM events WHERE school_id = ? AND id = ?', schoolId, event.id);
      if (existing) {
        if (existing.digest === digest) {
          held.push(event);
          ack(event.id);
        } else {
          quarantine({ eventId: event.id, reason: 'event/id-reused', detail: `held digest ${existing.digest}`, raw, rawDigest: digest });
        }
        continue;
      }
      if (!oneRow(db, 'SELECT 1 AS one FROM roster_learners WHERE school_id = ? AND id = ?', schoolId, event.learnerId)) {
        quarantine({ eventId: event.id, reason: 'event/unknown-learner', detail: 'learnerId', raw, rawDigest: digest });
        continue;
      }
      if (oneRow(db, 'SELECT 1 AS one FROM events WHERE school_id = ? AND device_id = ? AND epoch = ? AND seq = ? AND id <> ?', schoolId, event.deviceId, event.epoch, event.seq, event.id)) {
        seqReused = true;
      }
      db.prepare(
        `INSERT INTO events (school_id, id, device_id, epoch, seq, learner_id, type, at_device, received_at, server_seq, digest, data, server_device_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (school_id, id) DO NOTHING`,
      ).run(
        schoolId, event.id, event.deviceId, event.epoch, event.seq, event.learnerId, event.type, event.at,
        request.receivedAt, takeSchoolSeq(db, schoolId), digest, JSON.stringify(event.data), request.serverDeviceId,
      );
      held.push(event);
      ack(event.id);
    }

    // In the same transaction: a refused assignment blocks nothing, and nothing is half-stored.
    const assignments = sqliteIngestAssignments(db, request);
    raiseWatermarks(db, schoolId, held);
    const watermark = oneRow<{ max_seq: number }>(
      db,
      'SELECT max_seq FROM device_epochs WHERE school_id = ? AND local_device_id = ? AND epoch = ?',
      schoolId, request.localDeviceId, request.epoch,
    );
    const epochStale = seqReused || (watermark !== undefined && watermark.max_seq >= request.nextSeq);
    recordPush(db, request, epochStale);
    return { acked, quarantined, epochStale, newEpoch: epochStale ? reserveNextEpoch(db, schoolId, request.localDeviceId, request.epoch) : null, assignments };
  });
  return (request) => run.immediate(request);
}

/** One above every epoch held for the local device (and the reported one), kept with max_seq 0 so the next stale report gets the one after. */
function reserveNextEpoch(db: Database.Database, schoolId: string, localDeviceId: string, reported: number): number {
  const top = oneRow<{ top: number | null }>(db, 'SELECT MAX(epoch) AS top FROM device_epochs WHERE school_id = ? AND local_device_id = ?', schoolId, localDeviceId);
  const next = Math.max(top?.top ?? 0, reported) + 1;
  db.prepare('INSERT INTO device_epochs (school_id, local_device_id, epoch, max_seq) VALUES (?, ?, ?, 0)').run(schoolId, localDeviceId, next);
  return next;
}

/** device_epochs keeps the highest seq held per (local device, epoch). CASE, not MAX(a, b): PostgreSQL spells that GREATEST. */
function raiseWatermarks(db: Database.Database, schoolId: string, events: readonly EventRecord[]): void {
  const highest = new Map<string, { deviceId: string; epoch: number; seq: number }>();
  for (const { deviceId, epoch, seq } of events) {
    const key = `${deviceId} ${epoch}`;
    if ((highest.get(key)?.seq ?? 0) < seq) highest.set(key, { deviceId, epoch, seq });
  }
  const upsert = db.prepare(
    `INSERT INTO device_epochs (school_id, local_device_id, epoch, max_seq) VALUES (?, ?, ?, ?)
     ON CONFLICT (school_id, local_device_id, epoch)
     DO UPDATE SET max_seq = CASE WHEN excluded.max_seq > device_epochs.max_seq THEN excluded.max_seq ELSE device_epochs.max_seq END`,
  );
  for (const { deviceId, epoch, seq } of highest.values()) upsert.run(schoolId, deviceId, epoch, seq);
}

function recordPush(db: Database.Database, request: IngestRequest, epochStale: boolean): void {
  const { status } = request;
  db.prepare(
    `INSERT INTO device_sync_state (school_id, device_id, local_device_id, epoch, last_push_at, app_version, outbox_waiting, storage_free_bytes, clock_skew_ms, copied_reports, last_copied_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (school_id, device_id) DO UPDATE SET
       local_device_id = excluded.local_device_id, epoch = excluded.epoch, last_push_at = excluded.last_push_at,
       app_version = excluded.app_version, outbox_waiting = excluded.outbox_waiting, storage_free_bytes = excluded.storage_free_bytes,
       clock_skew_ms = excluded.clock_skew_ms,
       copied_reports = device_sync_state.copied_reports + excluded.copied_reports,
       last_copied_at = CASE WHEN excluded.last_copied_at IS NULL THEN device_sync_state.last_copied_at ELSE excluded.last_copied_at END`,
  ).run(
    request.schoolId, request.serverDeviceId, request.localDeviceId, request.epoch, request.receivedAt, status.appVersion, status.outboxWaiting,
    status.storageFreeBytes, status.clockSkewMs, epochStale ? 1 : 0, epochStale ? request.receivedAt : null,
  );
}
