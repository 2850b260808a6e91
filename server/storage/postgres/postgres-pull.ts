/**
 * What a device pulls, on PostgreSQL: the same pages, cursor and roster as sqlite-pull.ts. The
 * school's head is read first and bounds the page: every change at or below a committed head has
 * committed (each took the counter row's lock), so later commits wait for the next pull and none
 * is skipped. Also the device's sync state and the quarantine, for reports and tests.
 */
import type pg from 'pg';
import type { EventRecord } from '../../../src/core/events/index';
import type { DeviceSyncState, PullOutcome, PullRequest, QuarantineEntry, RosterSnapshot, SyncStorage } from '../sync-storage';
import { pullAssignmentsQuery, toAssignmentRecord } from '../assignment-sql';
import { cutPullPage } from '../pull-page';
import { headSchoolSeq } from './postgres-school-seq';
import { allRows, inTransaction, oneRow, type Queryable, run } from './postgres-rows';

/** BIGINT columns come back as strings (pg keeps their full range); every value here fits a double. */
type Int = number | string;

interface EventRow {
  id: string;
  device_id: string;
  epoch: Int;
  seq: Int;
  learner_id: string;
  type: EventRecord['type'];
  at_device: Int;
  server_seq: Int;
  data: string;
}

function toEvent(row: EventRow): EventRecord {
  const data: unknown = JSON.parse(row.data);
  // Stored only after parseEvent accepted it, and never updated since.
  return { id: row.id, deviceId: row.device_id, epoch: Number(row.epoch), seq: Number(row.seq), learnerId: row.learner_id, type: row.type, at: Number(row.at_device), data } as EventRecord;
}

export function postgresPull(pool: pg.Pool): Pick<SyncStorage, 'pullChanges' | 'getDeviceSyncState' | 'listQuarantine'> {
  return {
    pullChanges: (request) => inTransaction(pool, (db) => pull(db, request)),
    getDeviceSyncState: (schoolId, deviceId) => readSyncState(pool, schoolId, deviceId),
    listQuarantine: (schoolId, limit) =>
      allRows<QuarantineEntry>(
        pool,
        `SELECT event_id AS "eventId", reason, detail, received_at AS "receivedAt", server_device_id AS "serverDeviceId", raw
         FROM quarantine WHERE school_id = ? ORDER BY received_at DESC, event_id LIMIT ?`,
        schoolId, limit,
      ),
  };
}

async function pull(db: Queryable, request: PullRequest): Promise<PullOutcome> {
  const { schoolId, classId } = request;
  const head = await headSchoolSeq(db, schoolId);
  const after = request.afterSeq ?? -1;
  if (after > head) return { kind: 'cursor-ahead' };
  const classFilter = classId === undefined ? '' : ' AND r.class_id = ?';
  const scope = classId === undefined ? [] : [classId];

  const rows = await allRows<EventRow>(
    db,
    `SELECT e.id, e.device_id, e.epoch, e.seq, e.learner_id, e.type, e.at_device, e.server_seq, e.data
     FROM events e JOIN roster_learners r ON r.school_id = e.school_id AND r.id = e.learner_id
     WHERE e.school_id = ? AND e.server_seq > ? AND e.server_seq <= ?${classFilter}
     ORDER BY e.server_seq LIMIT ?`,
    schoolId, after, head, ...scope, request.limit + 1,
  );
  const changedAssignments = pullAssignmentsQuery(schoolId, after, head, classId, request.limit + 1);
  const assignmentRows = await allRows<{ record: string; serverSeq: Int }>(db, changedAssignments.sql, ...changedAssignments.params);
  const page = cutPullPage(
    rows.map((row) => ({ row, serverSeq: Number(row.server_seq) })),
    assignmentRows.map((a) => ({ record: a.record, serverSeq: Number(a.serverSeq) })),
    request.limit, head,
  );
  const changed = await oneRow(db, `SELECT 1 AS one FROM roster_learners r WHERE r.school_id = ? AND r.server_seq > ?${classFilter} LIMIT 1`, schoolId, after, ...scope);
  const roster = request.afterSeq === null || changed ? await readRoster(db, schoolId, classId) : null;

  await run(
    db,
    `INSERT INTO device_sync_state (school_id, device_id, last_pull_at) VALUES (?, ?, ?)
     ON CONFLICT (school_id, device_id) DO UPDATE SET last_pull_at = excluded.last_pull_at`,
    schoolId, request.serverDeviceId, request.at,
  );
  // On the last page the cursor jumps to the head, past changes outside the device's scope.
  return {
    kind: 'changes', events: page.events.map((e) => toEvent(e.row)), assignments: page.assignments.map((a) => toAssignmentRecord(a.record)),
    roster, nextAfterSeq: page.nextAfterSeq, more: page.more,
  };
}

async function readRoster(db: Queryable, schoolId: string, classId: string | undefined): Promise<RosterSnapshot> {
  const byClass = classId === undefined ? '' : ' AND id = ?';
  const inClass = classId === undefined ? '' : ' AND class_id = ?';
  const scope = classId === undefined ? [] : [classId];
  return {
    classes: await allRows(db, `SELECT id, name FROM classes WHERE school_id = ?${byClass} ORDER BY name, id`, schoolId, ...scope),
    learners: await allRows(db, `SELECT id, class_id AS "classId", display_name AS "displayName" FROM roster_learners WHERE school_id = ?${inClass} ORDER BY display_name, id`, schoolId, ...scope),
  };
}

interface SyncStateRow {
  local_device_id: string | null;
  epoch: Int | null;
  last_push_at: string | null;
  last_pull_at: string | null;
  app_version: string | null;
  outbox_waiting: Int | null;
  storage_free_bytes: Int | null;
  clock_skew_ms: Int | null;
  copied_reports: Int;
  last_copied_at: string | null;
}

async function readSyncState(db: Queryable, schoolId: string, deviceId: string): Promise<DeviceSyncState | undefined> {
  const row = await oneRow<SyncStateRow>(db, 'SELECT * FROM device_sync_state WHERE school_id = ? AND device_id = ?', schoolId, deviceId);
  if (!row) return undefined;
  const epochs = row.local_device_id
    ? await allRows<{ epoch: Int; maxSeq: Int }>(db, 'SELECT epoch, max_seq AS "maxSeq" FROM device_epochs WHERE school_id = ? AND local_device_id = ? ORDER BY epoch', schoolId, row.local_device_id)
    : [];
  const text = <K extends string>(key: K, value: string | null) => (value === null ? {} : ({ [key]: value } as Record<K, string>)); // one key, named by K
  const int = <K extends string>(key: K, value: Int | null) => (value === null ? {} : ({ [key]: Number(value) } as Record<K, number>)); // one key, named by K
  return {
    schoolId,
    deviceId,
    ...text('localDeviceId', row.local_device_id),
    ...int('epoch', row.epoch),
    ...text('lastPushAt', row.last_push_at),
    ...text('lastPullAt', row.last_pull_at),
    ...text('appVersion', row.app_version),
    ...int('outboxWaiting', row.outbox_waiting),
    ...int('storageFreeBytes', row.storage_free_bytes),
    ...int('clockSkewMs', row.clock_skew_ms),
    copiedReports: Number(row.copied_reports),
    ...text('lastCopiedAt', row.last_copied_at),
    epochs: epochs.map((e) => ({ epoch: Number(e.epoch), maxSeq: Number(e.maxSeq) })),
  };
}
