/**
 * Checks shared by the demo data tests (core and server): that generated mastery is exactly what
 * the app would have written, replaying the rule of recordQuizCompleted independently.
 */
import type { EventRecord } from '../events/event-schema';
import { isMastered } from '../progress/index';
import type { Curriculum } from './curriculum';

/** Problems found (empty when consistent): each `mastery.reached` right after the quiz.completed whose rule it meets, and no other. */
export function masteryProblems(events: readonly EventRecord[], curriculum: Curriculum): string[] {
  const quizzes = new Map(curriculum.lessons.flatMap((lesson) => lesson.quizzes.map((quiz) => [`${lesson.packId}/${quiz.quizId}`, quiz] as const)));
  const problems: string[] = [];
  const byLearner = new Map<string, EventRecord[]>();
  for (const event of events) byLearner.set(event.learnerId, [...(byLearner.get(event.learnerId) ?? []), event]);
  for (const [learnerId, own] of byLearner) {
    const sorted = [...own].sort((a, b) => a.at - b.at || (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : a.seq - b.seq));
    const answers = new Map<string, boolean[]>();
    const mastered = new Set<string>();
    let expected: string[] = [];
    for (const event of sorted) {
      if (event.type !== 'mastery.reached' && expected.length > 0) problems.push(`${learnerId}: missing mastery of ${expected.join(', ')}`);
      if (event.type !== 'mastery.reached') expected = [];
      if (event.type === 'quiz.answered' && event.data.attempt === 1) {
        for (const skill of event.data.skills) answers.set(skill, [...(answers.get(skill) ?? []), event.data.correct]);
      } else if (event.type === 'quiz.completed') {
        const quiz = quizzes.get(`${event.data.packId}/${event.data.quizId}`);
        const skills = [...new Set(quiz?.items.flatMap((item) => item.skills) ?? [])];
        expected = skills.filter((skill) => !mastered.has(skill) && quiz !== undefined && isMastered(answers.get(skill) ?? [], quiz.mastery));
      } else if (event.type === 'mastery.reached') {
        if (expected[0] !== event.data.skill) problems.push(`${learnerId}: unexpected mastery of ${event.data.skill}`);
        expected = expected.slice(1);
        mastered.add(event.data.skill);
      }
    }
    if (expected.length > 0) problems.push(`${learnerId}: missing mastery of ${expected.join(', ')}`);
  }
  return problems;
}
