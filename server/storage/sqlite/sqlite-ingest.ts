/**
 * A push on SQLite: one IMMEDIATE transaction per request (docs/sync.md, "Server guarantees").
 * Each event is checked against the school's roster, inserted once (ON CONFLICT DO NOTHING) with
 * the school's next sequence, or quarantined; the device's watermark and status are written in
 * the same transaction, and synchronous=FULL makes the commit durable before the route answers.
 * The decisions are ingest-plan.ts's, as on PostgreSQL: the batch's held ids, roster learners
 * and seq holders are read with a few set queries, the sequence is taken once for the whole batch,
 * and the new events go in with multi-row INSERTs through cached statements (docs/performance.md).
 */
import type Database from 'better-sqlite3';
import type { EventRecord } from '../../../src/core/events/index';
import type { IngestOutcome, IngestRequest } from '../sync-storage';
import { EVENT_COLUMNS, planIngest, seqKey } from '../ingest-plan';
import { sqliteIngestAssignments } from './sqlite-assignments';
import { oneRow } from './sqlite-rows';

type Param = string | number | null;

/** Rows per INSERT: 500 × 13 parameters stays far under SQLite's 32,766. */
const ROWS_PER_INSERT = 500;
/** Values per `IN (…)` list, with room for the leading school id. */
const IN_LIST = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function sqliteIngest(db: Database.Database): (request: IngestRequest) => IngestOutcome {
  // Preparing a statement costs about as much as running it: each SQL text is prepared once per connection.
  const prepared = new Map<string, Database.Statement>();
  const statement = (sql: string) => {
    let s = prepared.get(sql);
    if (!s) prepared.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const list = (n: number) => Array.from({ length: n }, () => '?').join(', ');
  const selectIn = <T>(sql: (list: string) => string, schoolId: string, values: readonly Param[]): T[] =>
    chunks([...new Set(values)], IN_LIST).flatMap((part) => statement(sql(list(part.length))).all(schoolId, ...part) as T[]); // the SELECT names T's fields

  const run = db.transaction((request: IngestRequest): IngestOutcome => {
    const { schoolId } = request;
    const events = request.items.flatMap((item) => (item.kind === 'event' ? [item] : []));
    const heldDigests = new Map(
      selectIn<{ id: string; digest: string }>((l) => `SELECT id, digest FROM events WHERE school_id = ? AND id IN (${l})`, schoolId, events.map((e) => e.event.id)).map((r) => [r.id, r.digest]),
    );
    const knownLearners = new Set(
      selectIn<{ id: string }>((l) => `SELECT id FROM roster_learners WHERE school_id = ? AND id IN (${l})`, schoolId, events.filter((e) => !heldDigests.has(e.event.id)).map((e) => e.event.learnerId)).map((r) => r.id),
    );
    const seqHolders = readSeqHolders(statement, schoolId, events.map((e) => e.event));

    const { acked, quarantined, toQuarantine, held, planned, seqReused } = planIngest(request.items, { heldDigests, knownLearners, seqHolders });
    const quarantine = statement(
      `INSERT INTO quarantine (school_id, event_id, raw_digest, reason, detail, received_at, server_device_id, raw)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (school_id, event_id, raw_digest) DO NOTHING`,
    );
    for (const item of toQuarantine) {
      quarantine.run(schoolId, item.eventId ?? '', item.rawDigest, item.reason, item.detail, request.receivedAt, request.serverDeviceId, item.raw);
    }

    // The whole batch's sequence values at once, in batch order; the IMMEDIATE transaction holds the
    // write lock, so nothing else takes or sees them before COMMIT, and nothing here can conflict.
    const firstSeq = takeSchoolSeqs(statement, schoolId, planned.length);
    for (const [c, part] of chunks(planned, ROWS_PER_INSERT).entries()) {
      const rows = part.flatMap(({ event, digest }, i): Param[] => [
        schoolId, event.id, event.deviceId, event.epoch, event.seq, event.learnerId, event.type, event.at,
        request.receivedAt, firstSeq + c * ROWS_PER_INSERT + i, digest, JSON.stringify(event.data), request.serverDeviceId,
      ]);
      const values = Array.from({ length: part.length }, () => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
      statement(`INSERT INTO events (${EVENT_COLUMNS}) VALUES ${values} ON CONFLICT (school_id, id) DO NOTHING`).run(...rows);
    }

    // In the same transaction: a refused assignment blocks nothing, and nothing is half-stored.
    const assignments = sqliteIngestAssignments(db, request);
    raiseWatermarks(statement, schoolId, held);
    const watermark = oneRow<{ max_seq: number }>(
      db,
      'SELECT max_seq FROM device_epochs WHERE school_id = ? AND local_device_id = ? AND epoch = ?',
      schoolId, request.localDeviceId, request.epoch,
    );
    const epochStale = seqReused || (watermark !== undefined && watermark.max_seq >= request.nextSeq);
    recordPush(statement, request, epochStale);
    return { acked, quarantined, epochStale, newEpoch: epochStale ? reserveNextEpoch(db, schoolId, request.localDeviceId, request.epoch) : null, assignments };
  });
  return (request) => run.immediate(request);
}

type StatementOf = (sql: string) => Database.Statement;

/** `count` consecutive values of the school's sequence (school_counters, as takeSchoolSeq); the first of them. */
function takeSchoolSeqs(statement: StatementOf, schoolId: string, count: number): number {
  if (count === 0) return 0;
  statement('INSERT INTO school_counters (school_id, next_seq) VALUES (?, 1) ON CONFLICT (school_id) DO NOTHING').run(schoolId);
  const row = statement('UPDATE school_counters SET next_seq = next_seq + ? WHERE school_id = ? RETURNING next_seq - ? AS first').get(count, schoolId, count) as { first: number }; // the row exists: made just above
  return row.first;
}

/** Who already holds each (device, epoch, seq) of the batch: another id there means a copied database. One range read per (device, epoch). */
function readSeqHolders(statement: StatementOf, schoolId: string, events: readonly EventRecord[]): Map<string, Set<string>> {
  const ranges = new Map<string, { deviceId: string; epoch: number; low: number; high: number }>();
  for (const { deviceId, epoch, seq } of events) {
    const key = `${deviceId} ${epoch}`;
    const range = ranges.get(key);
    if (range) {
      range.low = Math.min(range.low, seq);
      range.high = Math.max(range.high, seq);
    } else {
      ranges.set(key, { deviceId, epoch, low: seq, high: seq });
    }
  }
  const holders = new Map<string, Set<string>>();
  const read = statement('SELECT id, seq FROM events WHERE school_id = ? AND device_id = ? AND epoch = ? AND seq BETWEEN ? AND ?');
  for (const { deviceId, epoch, low, high } of ranges.values()) {
    for (const row of read.all(schoolId, deviceId, epoch, low, high) as { id: string; seq: number }[]) { // the SELECT names these
      const key = seqKey(deviceId, epoch, row.seq);
      holders.set(key, (holders.get(key) ?? new Set<string>()).add(row.id));
    }
  }
  return holders;
}

/** One above every epoch held for the local device (and the reported one), kept with max_seq 0 so the next stale report gets the one after. */
function reserveNextEpoch(db: Database.Database, schoolId: string, localDeviceId: string, reported: number): number {
  const top = oneRow<{ top: number | null }>(db, 'SELECT MAX(epoch) AS top FROM device_epochs WHERE school_id = ? AND local_device_id = ?', schoolId, localDeviceId);
  const next = Math.max(top?.top ?? 0, reported) + 1;
  db.prepare('INSERT INTO device_epochs (school_id, local_device_id, epoch, max_seq) VALUES (?, ?, ?, 0)').run(schoolId, localDeviceId, next);
  return next;
}

/** device_epochs keeps the highest seq held per (local device, epoch). CASE, not MAX(a, b): PostgreSQL spells that GREATEST. */
function raiseWatermarks(statement: StatementOf, schoolId: string, events: readonly EventRecord[]): void {
  const highest = new Map<string, { deviceId: string; epoch: number; seq: number }>();
  for (const { deviceId, epoch, seq } of events) {
    const key = `${deviceId} ${epoch}`;
    if ((highest.get(key)?.seq ?? 0) < seq) highest.set(key, { deviceId, epoch, seq });
  }
  const upsert = statement(
    `INSERT INTO device_epochs (school_id, local_device_id, epoch, max_seq) VALUES (?, ?, ?, ?)
     ON CONFLICT (school_id, local_device_id, epoch)
     DO UPDATE SET max_seq = CASE WHEN excluded.max_seq > device_epochs.max_seq THEN excluded.max_seq ELSE device_epochs.max_seq END`,
  );
  for (const { deviceId, epoch, seq } of highest.values()) upsert.run(schoolId, deviceId, epoch, seq);
}

function recordPush(statement: StatementOf, request: IngestRequest, epochStale: boolean): void {
  const { status } = request;
  statement(
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
