/**
 * A learner's "assigned to you" list (docs/assignments.md, "On the device"): their assignments not
 * yet done — a quiz open for the class now first, then by due day (soonest first, none last), then
 * newest — with a quiz the class has ended last and not to start; and the few done most recently.
 */
import type { AssignmentRecord } from './assignment-schema';
import { isAssignedTo, itemKey } from './assignment-completion';

export interface LearnerAssignment {
  assignment: AssignmentRecord;
  /** A quiz the teacher has opened for the class and not ended. */
  isOpenNow: boolean;
  /** A quiz the teacher has ended for the class: shown, not offered. */
  isEnded: boolean;
  /** Its due day is before today. */
  isOverdue: boolean;
}

export interface LearnerAssignments {
  todo: LearnerAssignment[];
  done: LearnerAssignment[];
}

/** How many done assignments the list still shows, newest first: a moment of pride, not a history. */
export const DONE_SHOWN = 3;

export interface LearnerContext {
  learnerId: string;
  classLearnerIds: readonly string[];
  /** The `itemKey`s of what this learner has completed. */
  completed: ReadonlySet<string>;
  /** The device's calendar day, `YYYY-MM-DD`. */
  today: string;
}

function describe(assignment: AssignmentRecord, today: string): LearnerAssignment {
  const { live, dueDay } = assignment;
  return {
    assignment,
    isOpenNow: live !== null && live.endedAt === null,
    isEnded: live !== null && live.endedAt !== null,
    isOverdue: dueDay !== null && dueDay < today,
  };
}

const newestFirst = (a: LearnerAssignment, b: LearnerAssignment) =>
  b.assignment.createdAt - a.assignment.createdAt || (a.assignment.id < b.assignment.id ? 1 : a.assignment.id > b.assignment.id ? -1 : 0);

function rank(entry: LearnerAssignment): number {
  if (entry.isOpenNow) return 0;
  return entry.isEnded ? 2 : 1;
}

function byDueDay(a: LearnerAssignment, b: LearnerAssignment): number {
  const [x, y] = [a.assignment.dueDay, b.assignment.dueDay];
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? -1 : 1;
}

export function learnerAssignments(assignments: readonly AssignmentRecord[], context: LearnerContext): LearnerAssignments {
  const mine = assignments
    .filter((a) => isAssignedTo(a, context.learnerId, context.classLearnerIds))
    .map((a) => describe(a, context.today));
  const isDone = (entry: LearnerAssignment) => context.completed.has(itemKey(entry.assignment.item));
  return {
    todo: mine.filter((e) => !isDone(e)).sort((a, b) => rank(a) - rank(b) || byDueDay(a, b) || newestFirst(a, b)),
    done: mine.filter(isDone).sort(newestFirst).slice(0, DONE_SHOWN),
  };
}
