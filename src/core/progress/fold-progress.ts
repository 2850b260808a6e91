/**
 * A learner's progress, folded from their events in (device, epoch, seq) order. Progress is
 * never stored on its own: it can always be rebuilt from the events.
 */
import type { LearnerEvent } from './learner-events';

export interface LearnerProgress {
  /** `${packId}/${lessonId}` */
  completedLessons: Set<string>;
  /** Best stars per `${packId}/${quizId}` */
  bestStars: Map<string, 1 | 2 | 3>;
  /** First-try answers per skill, oldest first, for the mastery rule. */
  skillAnswers: Map<string, boolean[]>;
  masteredSkills: Set<string>;
}

export function emptyProgress(): LearnerProgress {
  return { completedLessons: new Set(), bestStars: new Map(), skillAnswers: new Map(), masteredSkills: new Set() };
}

export function applyEvent(progress: LearnerProgress, event: LearnerEvent): LearnerProgress {
  switch (event.type) {
    case 'lesson.completed':
      progress.completedLessons.add(`${event.data.packId}/${event.data.lessonId}`);
      break;
    case 'quiz.answered':
      if (event.data.attempt === 1) {
        for (const skill of event.data.skills) {
          const answers = progress.skillAnswers.get(skill) ?? [];
          answers.push(event.data.correct);
          progress.skillAnswers.set(skill, answers);
        }
      }
      break;
    case 'quiz.completed': {
      const key = `${event.data.packId}/${event.data.quizId}`;
      progress.bestStars.set(key, Math.max(progress.bestStars.get(key) ?? 0, event.data.stars) as 1 | 2 | 3);
      progress.completedLessons.add(`${event.data.packId}/${event.data.lessonId}`);
      break;
    }
    case 'mastery.reached':
      progress.masteredSkills.add(event.data.skill);
      break;
  }
  return progress;
}

export function foldProgress(events: Iterable<LearnerEvent>): LearnerProgress {
  let progress = emptyProgress();
  for (const event of events) progress = applyEvent(progress, event);
  return progress;
}
