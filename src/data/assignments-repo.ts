/**
 * Assignments on this device (docs/assignments.md): what a teacher sets, changes, cancels and
 * starts or ends for the class, each change a new revision waiting to be sent; and the versions
 * the server sends back, kept or not by the shared rule (compareAssignmentVersions).
 */
import { SabilError } from '../core/errors/index';
import {
  compareAssignmentVersions, parseAssignment, type AssignmentItem, type AssignmentRecord, type AssignmentTarget,
} from '../core/assignments/index';
import type { AssignmentRefusal, AssignmentRow, SabilDatabase } from './db';
import type { Clock } from './learners-repo';
import { guardStorage } from './storage-errors';

export interface NewAssignment {
  classId: string;
  target: AssignmentTarget;
  item: AssignmentItem;
  title: string;
  dueDay: string | null;
}

/** Only a version the shared schema accepts is stored, so nothing the server would refuse as invalid waits to be sent. */
function checked(record: AssignmentRecord): AssignmentRecord {
  const parsed = parseAssignment(record);
  if (!parsed.ok) throw new SabilError('internal/unexpected', { field: parsed.field });
  return parsed.assignment;
}

function waiting(record: AssignmentRecord): AssignmentRow {
  return { id: record.id, classId: record.classId, record, toSend: 1, refused: null };
}

export async function createAssignment(db: SabilDatabase, input: NewAssignment, teacherId: string, clock: Pick<Clock, 'now' | 'newId'>): Promise<AssignmentRecord> {
  const now = clock.now();
  const record = checked({
    id: clock.newId(), classId: input.classId, target: input.target, item: input.item, title: input.title, dueDay: input.dueDay,
    live: null, cancelled: false, createdBy: teacherId, createdAt: now, revision: 1, updatedAt: now,
  });
  await guardStorage(() => db.assignments.add(waiting(record)));
  return record;
}

type Change = Partial<Pick<AssignmentRecord, 'target' | 'dueDay' | 'title' | 'live' | 'cancelled'>>;

/** A change made here: the next revision, waiting to be sent (a refusal of the older version no longer applies). */
export function changeAssignment(db: SabilDatabase, id: string, change: (current: AssignmentRecord) => Change, now: number): Promise<AssignmentRecord> {
  return guardStorage(() =>
    db.transaction('rw', db.assignments, async () => {
      const row = await db.assignments.get(id);
      if (!row) throw new SabilError('internal/unexpected', { assignment: id });
      const record = checked({ ...row.record, ...change(row.record), revision: row.record.revision + 1, updatedAt: now });
      await db.assignments.put(waiting(record));
      return record;
    }),
  );
}

export function cancelAssignment(db: SabilDatabase, id: string, now: number): Promise<AssignmentRecord> {
  return changeAssignment(db, id, () => ({ cancelled: true }), now);
}

/** Opens a quiz for the whole class now (again, if it was ended). */
export function startQuizForClass(db: SabilDatabase, id: string, now: number): Promise<AssignmentRecord> {
  return changeAssignment(db, id, () => ({ live: { startedAt: now, endedAt: null } }), now);
}

export function endQuizForClass(db: SabilDatabase, id: string, now: number): Promise<AssignmentRecord> {
  return changeAssignment(db, id, (current) => ({ live: { startedAt: current.live?.startedAt ?? now, endedAt: Math.max(now, current.live?.startedAt ?? now) } }), now);
}

/** The class's assignments with their sync state, newest first. */
export async function listClassAssignments(db: SabilDatabase, classId: string): Promise<AssignmentRow[]> {
  const rows = await guardStorage(() => db.assignments.where('classId').equals(classId).toArray());
  return rows.sort((a, b) => b.record.createdAt - a.record.createdAt || (a.id < b.id ? 1 : -1));
}

export async function listAssignmentsToSend(db: SabilDatabase): Promise<AssignmentRecord[]> {
  const rows = await guardStorage(() => db.assignments.where('toSend').equals(1).toArray());
  return rows.map((row) => row.record).sort((a, b) => a.updatedAt - b.updatedAt || (a.id < b.id ? -1 : 1));
}

export function countAssignmentsToSend(db: SabilDatabase): Promise<number> {
  return guardStorage(() => db.assignments.where('toSend').equals(1).count());
}

/**
 * Versions pulled from the server. One replaces the local row when the local one is not waiting
 * to be sent, or when it wins (or is the very same content: the server holds what waits here).
 * Anything the shared schema refuses is skipped. Runs inside the caller's transaction if any.
 */
export function applyPulledAssignments(db: SabilDatabase, raw: readonly unknown[]): Promise<number> {
  const pulled = raw.flatMap((item) => {
    const parsed = parseAssignment(item);
    return parsed.ok ? [parsed.assignment] : [];
  });
  if (pulled.length === 0) return Promise.resolve(0);
  return guardStorage(() =>
    db.transaction('rw', db.assignments, async () => {
      let kept = 0;
      for (const record of pulled) {
        const local = await db.assignments.get(record.id);
        if (local && local.toSend === 1 && compareAssignmentVersions(record, local.record) < 0) continue;
        await db.assignments.put({ id: record.id, classId: record.classId, record, toSend: 0, refused: null });
        kept++;
      }
      return kept;
    }),
  );
}

/** The row still holds exactly the version that was sent (the teacher may have changed it since). */
function isSameVersion(row: AssignmentRow | undefined, sent: AssignmentRecord): row is AssignmentRow {
  return row !== undefined && row.record.revision === sent.revision && row.record.updatedAt === sent.updatedAt;
}

/** The server holds these versions (or ones that win over them): they no longer wait to be sent. */
export function markAssignmentsSent(db: SabilDatabase, acked: readonly { id: string; revision: number }[], sent: readonly AssignmentRecord[]): Promise<void> {
  const byId = new Map(sent.map((record) => [record.id, record]));
  return guardStorage(() =>
    db.transaction('rw', db.assignments, async () => {
      for (const { id, revision } of acked) {
        const version = byId.get(id);
        if (!version || version.revision !== revision) continue;
        const row = await db.assignments.get(id);
        if (isSameVersion(row, version)) await db.assignments.put({ ...row, toSend: 0, refused: null });
      }
    }),
  );
}

/** The server did not accept these versions: they stop being sent, and the teacher is told why. */
export function markAssignmentsRefused(db: SabilDatabase, refused: readonly { id: string | null; reason: AssignmentRefusal }[], sent: readonly AssignmentRecord[]): Promise<void> {
  const byId = new Map(sent.map((record) => [record.id, record]));
  return guardStorage(() =>
    db.transaction('rw', db.assignments, async () => {
      for (const { id, reason } of refused) {
        const version = id === null ? undefined : byId.get(id);
        if (!version) continue; // a refusal without the id of a version sent names nothing here
        const row = await db.assignments.get(version.id);
        if (isSameVersion(row, version)) await db.assignments.put({ ...row, toSend: 0, refused: { reason, revision: version.revision } });
      }
    }),
  );
}
