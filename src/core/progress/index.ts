export { isMastered, starsFor } from './mastery';
export { foldProgress, applyEvent, emptyProgress, type LearnerProgress } from './fold-progress';
export type {
  LearnerEvent, LearnerEventType, LessonCompletedData, QuizAnsweredData, QuizCompletedData, MasteryReachedData,
} from './learner-events';
