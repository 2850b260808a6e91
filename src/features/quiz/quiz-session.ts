/**
 * Records a quiz as events: each answer, then the result with its stars, then any skill the
 * child has just mastered (the quiz's rule, such as 4 of the last 5 right at the first try).
 */
import { isMastered, starsFor, type QuizAnsweredData } from '../../core/progress/index';
import type { QuizBlock } from '../../core/pack/index';
import type { PackRow, SabilDatabase } from '../../data/db';
import { appendEvent } from '../../data/events-repo';
import { browserClock } from '../../data/browser-clock';
import { loadProgress } from '../lessons/use-learner-progress';

export async function recordAnswer(db: SabilDatabase, learnerId: string, data: QuizAnsweredData): Promise<void> {
  await appendEvent(db, { learnerId, type: 'quiz.answered', data }, browserClock);
}

export async function recordQuizCompleted(
  db: SabilDatabase, learnerId: string, pack: PackRow, lessonId: string, quiz: QuizBlock, firstTryCorrect: number,
): Promise<1 | 2 | 3> {
  const stars = starsFor(firstTryCorrect, quiz.items.length);
  await appendEvent(db, {
    learnerId, type: 'quiz.completed',
    data: { packId: pack.id, packVersion: pack.version, lessonId, quizId: quiz.id, firstTryCorrect, total: quiz.items.length, stars },
  }, browserClock);
  const progress = await loadProgress(db, learnerId);
  const skills = new Set(quiz.items.flatMap((item) => item.skills));
  for (const skill of skills) {
    if (progress.masteredSkills.has(skill)) continue;
    if (isMastered(progress.skillAnswers.get(skill) ?? [], quiz.mastery)) {
      await appendEvent(db, { learnerId, type: 'mastery.reached', data: { packId: pack.id, skill } }, browserClock);
    }
  }
  return stars;
}
