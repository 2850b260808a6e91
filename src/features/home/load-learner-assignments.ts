/**
 * Reads a learner's assignments from the device: their class's assignments, the class's learners
 * now (roster and profiles here) and what the learner has completed, put in the order of
 * core/assignments/learner-assignments.ts. Loaded on demand, so the first screen stays small.
 */
import { learnerAssignments, type LearnerAssignments } from '../../core/assignments/index';
import type { LearnerRow, SabilDatabase } from '../../data/db';
import { listClassAssignments } from '../../data/assignments-repo';
import { listCompletedItems } from '../../data/completed-items';
import { listLearners } from '../../data/learners-repo';
import { getRoster } from '../../data/roster-repo';

export async function loadLearnerAssignments(db: SabilDatabase, learner: LearnerRow, today: string): Promise<LearnerAssignments> {
  const classId = learner.roster?.classId;
  if (!classId) return { todo: [], done: [] };
  const [rows, roster, profiles, completed] = await Promise.all([
    listClassAssignments(db, classId), getRoster(db), listLearners(db), listCompletedItems(db, [learner.id]),
  ]);
  const classLearnerIds = [...new Set([
    ...(roster?.learners.filter((l) => l.classId === classId).map((l) => l.id) ?? []),
    ...profiles.filter((p) => p.roster?.classId === classId).map((p) => p.id),
  ])];
  return learnerAssignments(rows.map((row) => row.record), {
    learnerId: learner.id, classLearnerIds, completed: completed.get(learner.id) ?? new Set(), today,
  });
}
