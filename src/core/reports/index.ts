/** Class reports computed on the device from learner events and installed packs (docs/reports.md). */
export { readEventLog, readEvent, filterEventLog, compareEvents, type EventLog, type ReportEvent, type ReportEventRow } from './event-log';
export { indexPacks, pickText, skillName, type PackIndex, type ReportPack, type IndexedLesson, type IndexedItem } from './pack-index';
export type { ReportLearner } from './learners';
export { buildLessonGrid, LESSON_STATUSES, type LessonGrid, type LessonGridRow, type LessonStatus, type StatusCounts, type NotOnDeviceLessons } from './lesson-grid';
export { buildSkillMastery, type SkillMasteryRow } from './skill-mastery';
export { findNeedsHelp, NEEDS_HELP_DEFAULTS, type NeedsHelpRow } from './needs-help';
export { findDifficultQuestions, answerKey, DIFFICULT_DEFAULTS, type DifficultQuestion, type DifficultQuestions, type WrongAnswer } from './difficult-questions';
export { estimateTimeSpent, TIME_SPENT_DEFAULTS, type TimeSpent, type LearnerTime, type DayTime } from './time-spent';
export { buildLearnerHistory, type HistoryEntry } from './learner-history';
export { makeDateRange, isInRange, localDay, parseDay, startOfDay, safeTimeZone, type DateRange } from './date-range';
