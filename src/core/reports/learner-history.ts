/**
 * One learner's events as a timeline a teacher can read: lessons finished, quizzes with their
 * stars, skills mastered. Answers are not listed one by one: a run of answers on a quiz that was
 * then completed is summed up by the completion; a run left unfinished becomes a `practice` entry.
 * Oldest first; titles and skill names come from the installed packs, null when not on the device.
 */
import type { Localized } from '../pack/schema';
import type { EventLog, ReportEvent } from './event-log';
import { lessonKey, skillName, type PackIndex } from './pack-index';

export type HistoryEntry =
  | { kind: 'lesson-completed'; at: number; packId: string; lessonId: string; title: Localized | null }
  | {
    kind: 'quiz-completed'; at: number; packId: string; lessonId: string; quizId: string; title: Localized | null;
    stars: 1 | 2 | 3; firstTryCorrect: number; total: number;
  }
  | { kind: 'practice'; at: number; until: number; packId: string; quizId: string; title: Localized | null; answers: number; firstTries: number; firstTriesRight: number }
  | { kind: 'mastery'; at: number; packId: string; skill: string; name: string };

type Practice = Extract<HistoryEntry, { kind: 'practice' }>;

export function buildLearnerHistory(learnerId: string, log: EventLog, index: PackIndex, options: { language: string }): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  let practice: Practice | null = null;
  const titleOfLesson = (packId: string, lessonId: string) => index.lessonByKey.get(lessonKey(packId, lessonId))?.title ?? null;

  const closePractice = (next: ReportEvent | null) => {
    if (!practice) return;
    const finished = next?.type === 'quiz.completed' && next.data.packId === practice.packId && next.data.quizId === practice.quizId;
    if (!finished) entries.push(practice);
    practice = null;
  };

  for (const event of log.events) {
    if (event.learnerId !== learnerId) continue;
    if (event.type === 'quiz.answered') {
      const { packId, quizId } = event.data;
      if (!practice || practice.packId !== packId || practice.quizId !== quizId) {
        closePractice(event);
        const title: Localized | null = index.lessonByQuiz.get(lessonKey(packId, quizId))?.title ?? null;
        practice = { kind: 'practice', at: event.at, until: event.at, packId, quizId, title, answers: 0, firstTries: 0, firstTriesRight: 0 };
      }
      practice.until = event.at;
      practice.answers++;
      if (event.data.attempt === 1) {
        practice.firstTries++;
        if (event.data.correct) practice.firstTriesRight++;
      }
      continue;
    }
    closePractice(event);
    switch (event.type) {
      case 'lesson.completed':
        entries.push({ kind: 'lesson-completed', at: event.at, packId: event.data.packId, lessonId: event.data.lessonId, title: titleOfLesson(event.data.packId, event.data.lessonId) });
        break;
      case 'quiz.completed': {
        const { packId, lessonId, quizId, stars, firstTryCorrect, total } = event.data;
        entries.push({ kind: 'quiz-completed', at: event.at, packId, lessonId, quizId, title: titleOfLesson(packId, lessonId), stars, firstTryCorrect, total });
        break;
      }
      case 'mastery.reached':
        entries.push({ kind: 'mastery', at: event.at, packId: event.data.packId, skill: event.data.skill, name: skillName(index, event.data.skill, options.language) });
        break;
    }
  }
  closePractice(null);
  return entries;
}
