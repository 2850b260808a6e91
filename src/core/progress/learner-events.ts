/**
 * The learner events the app writes while a child reads and practises (documented in docs/events.md).
 * `data` shapes are listed here so the app, the fold and later the server agree.
 */
export interface LessonCompletedData { packId: string; packVersion: string; lessonId: string }
export interface QuizAnsweredData {
  packId: string; packVersion: string; quizId: string; itemId: string;
  skills: string[]; correct: boolean; attempt: number; answer: unknown;
}
export interface QuizCompletedData {
  packId: string; packVersion: string; lessonId: string; quizId: string;
  firstTryCorrect: number; total: number; stars: 1 | 2 | 3;
}
export interface MasteryReachedData { packId: string; skill: string }

export type LearnerEvent =
  | { type: 'lesson.completed'; data: LessonCompletedData }
  | { type: 'quiz.answered'; data: QuizAnsweredData }
  | { type: 'quiz.completed'; data: QuizCompletedData }
  | { type: 'mastery.reached'; data: MasteryReachedData };

export type LearnerEventType = LearnerEvent['type'];
