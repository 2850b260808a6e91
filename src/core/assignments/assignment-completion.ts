/**
 * Who an assignment is for and who has done it (docs/assignments.md). One rule for the learner's
 * list, the teacher's class report and the server's school report, so their numbers agree:
 * a lesson is done by a `lesson.completed` of it, a quiz by a `quiz.completed` of it, at any time
 * (device clocks are not trusted to say "after it was assigned").
 */
import type { AssignmentItem, AssignmentRecord } from './assignment-schema';

/** The learners an assignment is for, given the learners of its class now. */
export function assignedLearnerIds(assignment: AssignmentRecord, classLearnerIds: readonly string[]): string[] {
  if (assignment.target.kind === 'class') return [...classLearnerIds];
  return [...new Set(assignment.target.learnerIds)];
}

export function isAssignedTo(assignment: AssignmentRecord, learnerId: string, classLearnerIds: readonly string[]): boolean {
  if (assignment.cancelled) return false;
  if (assignment.target.kind === 'class') return classLearnerIds.includes(learnerId);
  return assignment.target.learnerIds.includes(learnerId);
}

/** The fewest fields of an event this rule reads, so stored rows and raw events both fit. */
export interface CompletionEvent {
  type: string;
  data: unknown;
}

/** The key of an item done, as `itemKey` writes it for a completion event. */
export function itemKey(item: AssignmentItem): string {
  return item.kind === 'lesson' ? `lesson\u0000${item.packId}\u0000${item.lessonId}` : `quiz\u0000${item.packId}\u0000${item.lessonId}\u0000${item.quizId}`;
}

/** The lesson or quiz a completion event completes, or null for any other event. */
export function completedItem(event: CompletionEvent): AssignmentItem | null {
  if (typeof event.data !== 'object' || event.data === null) return null;
  const data = event.data as Record<string, unknown>; // read field by field below
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const packId = text(data.packId);
  const lessonId = text(data.lessonId);
  if (packId === null || lessonId === null) return null;
  if (event.type === 'lesson.completed') return { kind: 'lesson', packId, lessonId };
  const quizId = text(data.quizId);
  if (event.type === 'quiz.completed' && quizId !== null) return { kind: 'quiz', packId, lessonId, quizId };
  return null;
}

/** The `itemKey` of what a completion event completes, or null for any other event. */
export function completedItemKey(event: CompletionEvent): string | null {
  const item = completedItem(event);
  return item === null ? null : itemKey(item);
}

export interface AssignmentCompletion {
  assigned: number;
  done: number;
  /** The assigned learners who have not done it yet, in the order given. */
  notDone: string[];
}

/**
 * How far an assignment is done, given the items each learner has completed
 * (learner id → set of `itemKey`s).
 */
export function assignmentCompletion(
  assignment: AssignmentRecord,
  classLearnerIds: readonly string[],
  completedByLearner: ReadonlyMap<string, ReadonlySet<string>>,
): AssignmentCompletion {
  const key = itemKey(assignment.item);
  const learners = assignedLearnerIds(assignment, classLearnerIds);
  const notDone = learners.filter((id) => !(completedByLearner.get(id)?.has(key) ?? false));
  return { assigned: learners.length, done: learners.length - notDone.length, notDone };
}
