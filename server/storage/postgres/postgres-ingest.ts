/**
 * A push on PostgreSQL: one transaction per request, the decisions of ingest-plan.ts as on SQLite. The
 * school's counter row is locked first (postgres-school-seq.ts), so what this push reads about
 * held ids and seqs cannot change under it, from any instance; the new events then go in with a
 * few multi-row INSERTs, numbered without gaps, and the route answers only after COMMIT.
 */
import type pg from 'pg';
import type { EventRecord } from '../../../src/core/events/index';
import type { IngestOutcome, IngestRequest } from '../sync-storage';
import { EVENT_COLUMNS, planIngest, seqKey, type Quarantined } from '../ingest-plan';
import { postgresIngestAssignments } from './postgres-assignments';
import { advanceSchoolSeq, lockSchoolSeq } from './postgres-school-seq';
import { allRows, chunks, inTransaction, insertMany, MAX_PARAMS, oneRow, type Param, placeholders, type Queryable, run } from './postgres-rows';


export function postgresIngest(pool: pg.Pool): (request: IngestRequest) => Promise<IngestOutcome> {
  return (request) => inTransaction(pool, (db) => ingest(db, request));
}

async function ingest(db: Queryable, request: IngestRequest): Promise<IngestOutcome> {
  const { schoolId } = request;
  const firstSeq = await lockSchoolSeq(db, schoolId);
  const events = request.items.flatMap((item) => (item.kind === 'event' ? [item] : []));
  const heldDigests = await readHeldDigests(db, schoolId, events.map((e) => e.event.id));
  const knownLearners = await readKnownLearners(db, schoolId, events.filter((e) => !heldDigests.has(e.event.id)).map((e) => e.event.learnerId));
  const seqHolders = await readSeqHolders(db, schoolId, events.map((e) => e.event));

  const { acked, quarantined, toQuarantine, held, planned, seqReused, quarantine } = planIngest(request.items, { heldDigests, knownLearners, seqHolders });

  // Numbered in batch order from the locked counter: no gaps, and no value another push can take.
  const rows = planned.map(({ event, digest }, i): Param[] => [
    schoolId, event.id, event.deviceId, event.epoch, event.seq, event.learnerId, event.type, event.at,
    request.receivedAt, firstSeq + i, digest, JSON.stringify(event.data), request.serverDeviceId,
  ]);
  const inserted = new Set(
    (await insertMany<{ id: string }>(db, `INSERT INTO events (${EVENT_COLUMNS})`, rows, 'ON CONFLICT (school_id, id) DO NOTHING RETURNING id')).map((r) => r.id),
  );
  await advanceSchoolSeq(db, schoolId, rows.length);
  // Under the counter lock nothing else writes this school's events, so this finds none; it keeps
  // the rule "never overwrite, compare digests" even for a writer that skipped the lock.
  const conflicting = planned.filter(({ event }) => !inserted.has(event.id));
  if (conflicting.length > 0) {
    const actual = await readHeldDigests(db, schoolId, conflicting.map(({ event }) => event.id));
    for (const { event, digest } of conflicting) {
      const heldDigest = actual.get(event.id);
      if (heldDigest === undefined || heldDigest === digest) continue;
      held.splice(held.indexOf(event), 1);
      quarantine({ eventId: event.id, reason: 'event/id-reused', detail: `held digest ${heldDigest}`, raw: JSON.stringify(event), rawDigest: digest });
    }
  }

  // Still under the counter lock, numbered after the events: the same transaction stores both.
  const assignments = await postgresIngestAssignments(db, request, firstSeq + rows.length);
  await insertQuarantine(db, request, toQuarantine);
  await raiseWatermarks(db, schoolId, held);
  const watermark = await oneRow<{ max_seq: string | number }>(
    db,
    'SELECT max_seq FROM device_epochs WHERE school_id = ? AND local_device_id = ? AND epoch = ?',
    schoolId, request.localDeviceId, request.epoch,
  );
  const epochStale = seqReused || (watermark !== undefined && Number(watermark.max_seq) >= request.nextSeq);
  await recordPush(db, request, epochStale);
  return { acked, quarantined, epochStale, newEpoch: epochStale ? await reserveNextEpoch(db, schoolId, request.localDeviceId, request.epoch) : null, assignments };
}

/**
 * One above every epoch held for the local device (and the reported one), kept with max_seq 0 so
 * the next stale report gets the one after. The school's counter row, locked for this push,
 * serialises two reports for one device.
 */
async function reserveNextEpoch(db: Queryable, schoolId: string, localDeviceId: string, reported: number): Promise<number> {
  const top = await oneRow<{ top: string | number | null }>(db, 'SELECT MAX(epoch) AS top FROM device_epochs WHERE school_id = ? AND local_device_id = ?', schoolId, localDeviceId);
  const next = Math.max(Number(top?.top ?? 0), reported) + 1;
  await run(db, 'INSERT INTO device_epochs (school_id, local_device_id, epoch, max_seq) VALUES (?, ?, ?, 0)', schoolId, localDeviceId, next);
  return next;
}

/** Runs `SELECT … IN (…)` over `values` in parts that stay under MAX_PARAMS (with `fixed` leading parameters). */
async function selectIn<T>(db: Queryable, sql: (list: string) => string, fixed: Param[], values: readonly Param[]): Promise<T[]> {
  const out: T[] = [];
  for (const part of chunks([...new Set(values)], MAX_PARAMS - fixed.length)) out.push(...(await allRows<T>(db, sql(placeholders(part)), ...fixed, ...part)));
  return out;
}

async function readHeldDigests(db: Queryable, schoolId: string, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await selectIn<{ id: string; digest: string }>(db, (list) => `SELECT id, digest FROM events WHERE school_id = ? AND id IN (${list})`, [schoolId], ids);
  return new Map(rows.map((r) => [r.id, r.digest]));
}

async function readKnownLearners(db: Queryable, schoolId: string, learnerIds: readonly string[]): Promise<Set<string>> {
  const rows = await selectIn<{ id: string }>(db, (list) => `SELECT id FROM roster_learners WHERE school_id = ? AND id IN (${list})`, [schoolId], learnerIds);
  return new Set(rows.map((r) => r.id));
}

/** Who already holds each (device, epoch, seq) of the batch: another id there means a copied database. */
async function readSeqHolders(db: Queryable, schoolId: string, events: readonly EventRecord[]): Promise<Map<string, Set<string>>> {
  const triples = [...new Map(events.map((e) => [seqKey(e.deviceId, e.epoch, e.seq), [e.deviceId, e.epoch, e.seq] as Param[]])).values()];
  const holders = new Map<string, Set<string>>();
  for (const part of chunks(triples, Math.floor((MAX_PARAMS - 1) / 3))) {
    const rows = await allRows<{ id: string; device_id: string; epoch: number; seq: number }>(
      db,
      `SELECT id, device_id, epoch, seq FROM events WHERE school_id = ? AND (device_id, epoch, seq) IN (${part.map(() => '(?, ?, ?)').join(', ')})`,
      schoolId, ...part.flat(),
    );
    for (const r of rows) {
      const key = seqKey(r.device_id, Number(r.epoch), Number(r.seq));
      holders.set(key, (holders.get(key) ?? new Set<string>()).add(r.id));
    }
  }
  return holders;
}

/** One row per (id, received digest): a bad event sent twice, even in one batch, is recorded once. */
async function insertQuarantine(db: Queryable, request: IngestRequest, items: readonly Quarantined[]): Promise<void> {
  const rows = new Map<string, Param[]>();
  for (const q of items) {
    const key = JSON.stringify([q.eventId ?? '', q.rawDigest]);
    if (!rows.has(key)) rows.set(key, [request.schoolId, q.eventId ?? '', q.rawDigest, q.reason, q.detail, request.receivedAt, request.serverDeviceId, q.raw]);
  }
  await insertMany(
    db,
    'INSERT INTO quarantine (school_id, event_id, raw_digest, reason, detail, received_at, server_device_id, raw)',
    [...rows.values()],
    'ON CONFLICT (school_id, event_id, raw_digest) DO NOTHING',
  );
}

/** device_epochs keeps the highest seq held per (local device, epoch); one row per key, as ON CONFLICT DO UPDATE asks. */
async function raiseWatermarks(db: Queryable, schoolId: string, events: readonly EventRecord[]): Promise<void> {
  const highest = new Map<string, { deviceId: string; epoch: number; seq: number }>();
  for (const { deviceId, epoch, seq } of events) {
    const key = JSON.stringify([deviceId, epoch]);
    if ((highest.get(key)?.seq ?? 0) < seq) highest.set(key, { deviceId, epoch, seq });
  }
  await insertMany(
    db,
    'INSERT INTO device_epochs (school_id, local_device_id, epoch, max_seq)',
    [...highest.values()].map(({ deviceId, epoch, seq }) => [schoolId, deviceId, epoch, seq]),
    `ON CONFLICT (school_id, local_device_id, epoch)
     DO UPDATE SET max_seq = CASE WHEN excluded.max_seq > device_epochs.max_seq THEN excluded.max_seq ELSE device_epochs.max_seq END`,
  );
}

async function recordPush(db: Queryable, request: IngestRequest, epochStale: boolean): Promise<void> {
  const { status } = request;
  await run(
    db,
    `INSERT INTO device_sync_state (school_id, device_id, local_device_id, epoch, last_push_at, app_version, outbox_waiting, storage_free_bytes, clock_skew_ms, copied_reports, last_copied_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (school_id, device_id) DO UPDATE SET
       local_device_id = excluded.local_device_id, epoch = excluded.epoch, last_push_at = excluded.last_push_at,
       app_version = excluded.app_version, outbox_waiting = excluded.outbox_waiting, storage_free_bytes = excluded.storage_free_bytes,
       clock_skew_ms = excluded.clock_skew_ms,
       copied_reports = device_sync_state.copied_reports + excluded.copied_reports,
       last_copied_at = CASE WHEN excluded.last_copied_at IS NULL THEN device_sync_state.last_copied_at ELSE excluded.last_copied_at END`,
    request.schoolId, request.serverDeviceId, request.localDeviceId, request.epoch, request.receivedAt, status.appVersion, status.outboxWaiting,
    status.storageFreeBytes, status.clockSkewMs, epochStale ? 1 : 0, epochStale ? request.receivedAt : null,
  );
}
