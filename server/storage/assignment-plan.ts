/**
 * What a push does with its assignments (docs/sync.md, "Assignments"), decided the same way on
 * SQLite and PostgreSQL from facts read inside the push's transaction: refuse (each reason of the
 * contract), ack without writing (the server holds this version or a winner), or write a winner.
 * Pure: the backends read the facts and run the writes (assignment-sql.ts).
 */
import { compareAssignmentVersions, type AssignmentRecord } from '../../src/core/assignments/index';
import { eventDay } from '../../src/core/school-reports/index';
import type { AssignmentRefusal, AssignmentsOutcome, PushedAssignment } from './sync-storage';

export interface HeldAssignment {
  record: AssignmentRecord;
  /** The first arrival of this id (ISO 8601): the day createdAt is clamped against. */
  receivedAt: string;
}

/** What the database says about the ids, classes, learners and teachers a push's assignments name. */
export interface AssignmentFacts {
  held: ReadonlyMap<string, HeldAssignment>;
  /** Classes of the school, among those named. */
  classes: ReadonlySet<string>;
  /** Roster learner → their class, among those named. */
  learnerClass: ReadonlyMap<string, string>;
  /** `teacherKey(userId, classId)` of every teacher of the classes named. */
  teachers: ReadonlySet<string>;
}

export const teacherKey = (userId: string, classId: string) => `${userId} ${classId}`;

export interface AssignmentWrite {
  record: AssignmentRecord;
  digest: string;
  /** createdAt's UTC day, clamped like an event's to the year before its first arrival. */
  createdDay: string;
  receivedAt: string;
}

export interface AssignmentPlan {
  outcome: AssignmentsOutcome;
  /** The winners to store, one per id (a later winner of the same batch replaces an earlier one). */
  writes: AssignmentWrite[];
}

export interface AssignmentPushContext {
  deviceClassId?: string | undefined;
  receivedAt: string;
}

function refusalOf(a: AssignmentRecord, held: HeldAssignment | undefined, facts: AssignmentFacts, context: AssignmentPushContext): AssignmentRefusal | 'held' | null {
  if (held && held.record.classId !== a.classId) return 'assignment/invalid';
  if (!facts.classes.has(a.classId) || (context.deviceClassId !== undefined && context.deviceClassId !== a.classId)) return 'assignment/wrong-class';
  // A version that does not win changes nothing: the device pulls the one held.
  if (held && compareAssignmentVersions(held.record, a) >= 0) return 'held';
  // A cancelled version is for nobody, so a learner who has left the class since cannot block it.
  if (!a.cancelled && a.target.kind !== 'class' && a.target.learnerIds.some((id) => facts.learnerClass.get(id) !== a.classId)) return 'assignment/unknown-learner';
  if (!facts.teachers.has(teacherKey(a.createdBy, a.classId))) return 'assignment/not-your-class';
  return null;
}

/** Decides each pushed assignment in batch order; a version stored earlier in the batch counts as held. */
export function planAssignments(pushed: readonly PushedAssignment[], facts: AssignmentFacts, context: AssignmentPushContext): AssignmentPlan {
  const held = new Map(facts.held);
  const outcome: AssignmentsOutcome = { acked: [], refused: [] };
  const writes = new Map<string, AssignmentWrite>();
  for (const item of pushed) {
    if (item.kind === 'refused') {
      outcome.refused.push({ id: item.id, reason: 'assignment/invalid' });
      continue;
    }
    const { assignment, digest } = item;
    const before = held.get(assignment.id);
    const refusal = refusalOf(assignment, before, facts, context);
    if (refusal !== null && refusal !== 'held') {
      outcome.refused.push({ id: assignment.id, reason: refusal });
      continue;
    }
    outcome.acked.push({ id: assignment.id, revision: assignment.revision });
    if (refusal === 'held') continue;
    const receivedAt = before?.receivedAt ?? context.receivedAt;
    const createdDay = eventDay(assignment.createdAt, Date.parse(receivedAt));
    writes.set(assignment.id, { record: assignment, digest, createdDay, receivedAt });
    held.set(assignment.id, { record: assignment, receivedAt });
  }
  return { outcome, writes: [...writes.values()] };
}

/** The ids, classes and learners a push's assignments name: what the facts are read for. */
export function namedInPush(pushed: readonly PushedAssignment[]) {
  const records = pushed.flatMap((p) => (p.kind === 'assignment' ? [p.assignment] : []));
  return {
    ids: [...new Set(records.map((a) => a.id))],
    classIds: [...new Set(records.map((a) => a.classId))],
    learnerIds: [...new Set(records.flatMap((a) => (a.target.kind === 'class' ? [] : a.target.learnerIds)))],
  };
}
