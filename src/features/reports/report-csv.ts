/**
 * The reports as spreadsheet rows: one row per fact ("long" tables), which sort and filter well
 * and stay narrow however many lessons a class has. Headers and statuses in the teacher's
 * language; numbers stay plain numbers so the spreadsheet can add them up.
 */
import type { TFunction } from 'i18next';
import {
  pickText, type DifficultQuestions, type LessonGrid, type LessonStatus, type NeedsHelpRow, type SkillMasteryRow, type TimeSpent,
} from '../../core/reports/index';
import { wrongAnswerText } from './answer-text';
import type { CsvCell } from './export-csv';

export interface CsvTable {
  header: CsvCell[];
  rows: Iterable<CsvCell[]>;
}

const STATUS_KEYS: Record<LessonStatus, string> = {
  'not-started': 'reports.status.notStarted', 'in-progress': 'reports.status.inProgress', completed: 'reports.status.completed', mastered: 'reports.status.mastered',
};

export function lessonGridCsv(grid: LessonGrid, t: TFunction, language: string): CsvTable {
  function* rows() {
    for (const row of grid.rows) {
      for (const [column, lesson] of grid.lessons.entries()) {
        const status = row.statuses[column] ?? 'not-started';
        yield [row.displayName, lesson.packId, pickText(lesson.title, language, lesson.lessonId), t(STATUS_KEYS[status])];
      }
    }
  }
  return { header: [t('reports.columns.learner'), t('reports.columns.pack'), t('reports.columns.lesson'), t('reports.columns.status')], rows: rows() };
}

export function skillMasteryCsv(skills: readonly SkillMasteryRow[], t: TFunction): CsvTable {
  return {
    header: [t('reports.columns.skill'), t('reports.skillStatus.mastered'), t('reports.skillStatus.practising'), t('reports.skillStatus.notStarted'), t('reports.columns.learners')],
    rows: skills.map((row) => [row.name, row.mastered.length, row.practising.length, row.notStarted.length, row.total]),
  };
}

export function needsHelpCsv(rows: readonly NeedsHelpRow[], t: TFunction): CsvTable {
  return {
    header: [t('reports.columns.learner'), t('reports.columns.skill'), t('reports.columns.wrongFirstTries'), t('reports.columns.firstTries')],
    rows: rows.map((row) => [row.displayName, row.name, row.wrong, row.of]),
  };
}

export function difficultQuestionsCsv(result: DifficultQuestions, t: TFunction, language: string): CsvTable {
  return {
    header: [t('reports.columns.pack'), t('reports.columns.question'), t('reports.columns.wrongFirstTries'), t('reports.columns.firstTries'), t('reports.columns.wrongAnswers')],
    rows: result.ranked.map((question) => [
      question.packId,
      question.item ? pickText(question.item.prompt, language, question.itemId) : question.itemId,
      question.wrongFirstTries,
      question.firstTries,
      question.wrongAnswers.map((answer) => t('reports.difficult.answerCount', { answer: wrongAnswerText(answer, language), count: answer.count })).join('; '),
    ]),
  };
}

/** Minutes rounded to whole minutes: the estimate is not finer than that (docs/reports.md). */
export function timeSpentCsv(time: TimeSpent, t: TFunction): CsvTable {
  function* rows() {
    for (const learner of time.learners) {
      for (const day of learner.days) yield [learner.displayName, day.day, Math.round(day.ms / 60_000), day.sessions];
    }
  }
  return { header: [t('reports.columns.learner'), t('reports.columns.day'), t('reports.columns.minutes'), t('reports.columns.sessions')], rows: rows() };
}
