/**
 * What a device pulls, on SQLite: the events of the learners it serves with a school sequence
 * above its cursor, in pages, and its scope's whole roster when a learner in it changed. Also
 * the device's recorded sync state and the quarantine, for reports and tests.
 */
import type Database from 'better-sqlite3';
import type { EventRecord } from '../../../src/core/events/index';
import type { DeviceSyncState, PullOutcome, PullRequest, QuarantineEntry, RosterSnapshot, SyncStorage } from '../sync-storage';
import { pullAssignmentsQuery, toAssignmentRecord } from '../assignment-sql';
import { cutPullPage } from '../pull-page';
import { allRows, oneRow } from './sqlite-rows';
import { headSchoolSeq } from './sqlite-school-seq';

interface EventRow {
  id: string;
  device_id: string;
  epoch: number;
  seq: number;
  learner_id: string;
  type: EventRecord['type'];
  at_device: number;
  server_seq: number;
  data: string;
}

function toEvent(row: EventRow): EventRecord {
  const data: unknown = JSON.parse(row.data);
  // Stored only after parseEvent accepted it, and never updated since.
  return { id: row.id, deviceId: row.device_id, epoch: row.epoch, seq: row.seq, learnerId: row.learner_id, type: row.type, at: row.at_device, data } as EventRecord;
}

export function sqlitePull(db: Database.Database): Pick<SyncStorage, 'pullChanges' | 'getDeviceSyncState' | 'listQuarantine'> {
  // Reads and the last-pull stamp in one transaction, so the head and the pages agree.
  const pull = db.transaction((request: PullRequest): PullOutcome => {
    const { schoolId, classId } = request;
    const head = headSchoolSeq(db, schoolId);
    const after = request.afterSeq ?? -1;
    if (after > head) return { kind: 'cursor-ahead' };
    const classFilter = classId === undefined ? '' : ' AND r.class_id = ?';
    const scope = classId === undefined ? [] : [classId];

    const rows = allRows<EventRow>(
      db,
      `SELECT e.id, e.device_id, e.epoch, e.seq, e.learner_id, e.type, e.at_device, e.server_seq, e.data
       FROM events e JOIN roster_learners r ON r.school_id = e.school_id AND r.id = e.learner_id
       WHERE e.school_id = ? AND e.server_seq > ?${classFilter}
       ORDER BY e.server_seq LIMIT ?`,
      schoolId, after, ...scope, request.limit + 1,
    );
    const changedAssignments = pullAssignmentsQuery(schoolId, after, head, classId, request.limit + 1);
    const assignmentRows = allRows<{ record: string; serverSeq: number }>(db, changedAssignments.sql, ...changedAssignments.params);
    const page = cutPullPage(rows.map((row) => ({ row, serverSeq: row.server_seq })), assignmentRows, request.limit, head);
    const changed = oneRow(db, `SELECT 1 AS one FROM roster_learners r WHERE r.school_id = ? AND r.server_seq > ?${classFilter} LIMIT 1`, schoolId, after, ...scope);
    const roster = request.afterSeq === null || changed ? readRoster(db, schoolId, classId) : null;

    db.prepare(
      `INSERT INTO device_sync_state (school_id, device_id, last_pull_at) VALUES (?, ?, ?)
       ON CONFLICT (school_id, device_id) DO UPDATE SET last_pull_at = excluded.last_pull_at`,
    ).run(schoolId, request.serverDeviceId, request.at);
    // On the last page the cursor jumps to the head, past changes outside the device's scope.
    return {
      kind: 'changes', events: page.events.map((e) => toEvent(e.row)), assignments: page.assignments.map((a) => toAssignmentRecord(a.record)),
      roster, nextAfterSeq: page.nextAfterSeq, more: page.more,
    };
  });

  return {
    pullChanges: async (request) => pull.immediate(request),
    getDeviceSyncState: async (schoolId, deviceId) => readSyncState(db, schoolId, deviceId),
    listQuarantine: async (schoolId, limit) =>
      allRows<QuarantineEntry>(
        db,
        `SELECT event_id AS eventId, reason, detail, received_at AS receivedAt, server_device_id AS serverDeviceId, raw
         FROM quarantine WHERE school_id = ? ORDER BY received_at DESC, event_id LIMIT ?`,
        schoolId, limit,
      ),
  };
}

function readRoster(db: Database.Database, schoolId: string, classId: string | undefined): RosterSnapshot {
  const byClass = classId === undefined ? '' : ' AND id = ?';
  const inClass = classId === undefined ? '' : ' AND class_id = ?';
  const scope = classId === undefined ? [] : [classId];
  return {
    classes: allRows(db, `SELECT id, name FROM classes WHERE school_id = ?${byClass} ORDER BY name, id`, schoolId, ...scope),
    learners: allRows(db, `SELECT id, class_id AS classId, display_name AS displayName FROM roster_learners WHERE school_id = ?${inClass} ORDER BY display_name, id`, schoolId, ...scope),
  };
}

interface SyncStateRow {
  local_device_id: string | null;
  epoch: number | null;
  last_push_at: string | null;
  last_pull_at: string | null;
  app_version: string | null;
  outbox_waiting: number | null;
  storage_free_bytes: number | null;
  clock_skew_ms: number | null;
  copied_reports: number;
  last_copied_at: string | null;
}

function readSyncState(db: Database.Database, schoolId: string, deviceId: string): DeviceSyncState | undefined {
  const row = oneRow<SyncStateRow>(db, 'SELECT * FROM device_sync_state WHERE school_id = ? AND device_id = ?', schoolId, deviceId);
  if (!row) return undefined;
  const epochs = row.local_device_id
    ? allRows<{ epoch: number; maxSeq: number }>(db, 'SELECT epoch, max_seq AS maxSeq FROM device_epochs WHERE school_id = ? AND local_device_id = ? ORDER BY epoch', schoolId, row.local_device_id)
    : [];
  const optional = <K extends string, V>(key: K, value: V | null) => (value === null ? {} : ({ [key]: value } as Record<K, V>)); // one key, named by K
  return {
    schoolId,
    deviceId,
    ...optional('localDeviceId', row.local_device_id),
    ...optional('epoch', row.epoch),
    ...optional('lastPushAt', row.last_push_at),
    ...optional('lastPullAt', row.last_pull_at),
    ...optional('appVersion', row.app_version),
    ...optional('outboxWaiting', row.outbox_waiting),
    ...optional('storageFreeBytes', row.storage_free_bytes),
    ...optional('clockSkewMs', row.clock_skew_ms),
    copiedReports: row.copied_reports,
    ...optional('lastCopiedAt', row.last_copied_at),
    epochs,
  };
}
