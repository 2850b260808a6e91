/**
 * The demo teacher's assignments for the sample class (docs/reports.md, "Demo data"): a lesson for
 * the whole class two weeks ago, due last week; a quiz for a group of five a week ago, due in a few
 * days; and a lesson of the last pack for the class three days ago. With the generated work they
 * give the coordinator's assignment completion, and the tablets' assignment lists, something to show.
 */
import { randomUUID } from 'node:crypto';
import type { AssignmentRecord } from '../../src/core/assignments/index';
import type { Curriculum } from '../../src/core/demo/index';
import { DAY_MS, utcDay } from '../../src/core/school-reports/index';

export interface DemoAssignmentsOptions {
  classId: string;
  teacherId: string;
  learnerIds: readonly string[];
  curriculum: Curriculum;
  now: Date;
}

export function demoAssignments({ classId, teacherId, learnerIds, curriculum, now }: DemoAssignmentsOptions): AssignmentRecord[] {
  const at = (daysAgo: number) => now.getTime() - daysAgo * DAY_MS;
  const base = (daysAgo: number) => ({ id: randomUUID(), classId, live: null, cancelled: false, createdBy: teacherId, createdAt: at(daysAgo), revision: 1, updatedAt: at(daysAgo) });
  const lessons = curriculum.lessons;
  const assignments: AssignmentRecord[] = [];
  const second = lessons[1];
  if (second) {
    assignments.push({ ...base(14), target: { kind: 'class' }, item: { kind: 'lesson', packId: second.packId, lessonId: second.lessonId }, title: second.title, dueDay: utcDay(at(7)) });
  }
  const withQuiz = lessons.slice(2).find((lesson) => lesson.quizzes.length > 0);
  const quiz = withQuiz?.quizzes[0];
  if (withQuiz && quiz && learnerIds.length >= 5) {
    assignments.push({
      ...base(7),
      target: { kind: 'group', name: 'Table 1', learnerIds: learnerIds.slice(0, 5) },
      item: { kind: 'quiz', packId: withQuiz.packId, lessonId: withQuiz.lessonId, quizId: quiz.quizId },
      title: withQuiz.title,
      dueDay: utcDay(at(-3)),
    });
  }
  const lastPackId = lessons[lessons.length - 1]?.packId;
  const firstOfLastPack = lessons.find((lesson) => lesson.packId === lastPackId);
  if (firstOfLastPack && firstOfLastPack !== second) {
    assignments.push({ ...base(3), target: { kind: 'class' }, item: { kind: 'lesson', packId: firstOfLastPack.packId, lessonId: firstOfLastPack.lessonId }, title: firstOfLastPack.title, dueDay: null });
  }
  return assignments;
}
