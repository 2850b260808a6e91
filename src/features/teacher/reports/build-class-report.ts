/**
 * Every report of the class screen from one loaded data set, computed once per data, class and
 * language. Difficult questions are kept in two lists: those answered often enough to rank
 * (DIFFICULT_DEFAULTS.minAnswers first tries) and those with too few answers to be sure yet,
 * which a small class would otherwise never see.
 */
import {
  buildLessonGrid, buildSkillMastery, DIFFICULT_DEFAULTS, estimateTimeSpent, findDifficultQuestions, findNeedsHelp,
  type DifficultQuestion, type DifficultQuestions, type LessonGrid, type NeedsHelpRow, type ReportLearner, type SkillMasteryRow, type TimeSpent,
} from '../../../core/reports/index';
import type { ReportData } from '../../reports/load-report-data';

export interface ClassReport {
  learners: readonly ReportLearner[];
  grid: LessonGrid;
  skills: SkillMasteryRow[];
  needsHelp: NeedsHelpRow[];
  /** Every item with a wrong first try, ranked by share wrong (for the CSV). */
  difficult: DifficultQuestions;
  /** Answered at least `minAnswers` times at the first try. */
  difficultRanked: DifficultQuestion[];
  /** Answered fewer times: shown apart, as a first sign only. */
  difficultFew: DifficultQuestion[];
  time: TimeSpent;
  /** Rows left out of every report (unreadable or quarantined). */
  setAside: number;
}

/** How many questions each list shows: the hardest matter before class, the CSV has them all. */
export const DIFFICULT_SHOWN = 10;

export function buildClassReport(learners: readonly ReportLearner[], data: ReportData, options: { language: string; timeZone: string }): ClassReport {
  const { log, index } = data;
  const difficult = findDifficultQuestions(learners, log, index, { minAnswers: 1 });
  const isRankable = (question: DifficultQuestion) => question.firstTries >= DIFFICULT_DEFAULTS.minAnswers;
  return {
    learners,
    grid: buildLessonGrid(learners, log, index),
    skills: buildSkillMastery(learners, log, index, { language: options.language }),
    needsHelp: findNeedsHelp(learners, log, index, { language: options.language }),
    difficult,
    difficultRanked: difficult.ranked.filter(isRankable).slice(0, DIFFICULT_SHOWN),
    difficultFew: difficult.ranked.filter((question) => !isRankable(question)).slice(0, DIFFICULT_SHOWN),
    time: estimateTimeSpent(learners, log, { timeZone: options.timeZone }),
    setAside: log.unreadable + log.quarantined,
  };
}
