/**
 * The tables a teacher can download from the class screen, each with its row count known before
 * the file is written, so the progress bar has an end.
 */
import type { TFunction } from 'i18next';
import { difficultQuestionsCsv, lessonGridCsv, needsHelpCsv, skillMasteryCsv, timeSpentCsv, type CsvTable } from '../../reports/report-csv';
import type { ClassReport } from './build-class-report';

export const CSV_KINDS = ['grid', 'needsHelp', 'skills', 'difficult', 'time'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

/** The section captions double as the tables' names in the chooser. */
export const CSV_KIND_KEYS: Record<CsvKind, string> = {
  grid: 'reports.captions.grid', needsHelp: 'reports.captions.needsHelp', skills: 'reports.captions.skills', difficult: 'reports.captions.difficult', time: 'reports.captions.time',
};

export function csvTableFor(kind: CsvKind, report: ClassReport, t: TFunction, language: string): { table: CsvTable; rowCount: number } {
  switch (kind) {
    case 'grid':
      return { table: lessonGridCsv(report.grid, t, language), rowCount: report.grid.rows.length * report.grid.lessons.length };
    case 'needsHelp':
      return { table: needsHelpCsv(report.needsHelp, t), rowCount: report.needsHelp.length };
    case 'skills':
      return { table: skillMasteryCsv(report.skills, t), rowCount: report.skills.length };
    case 'difficult':
      return { table: difficultQuestionsCsv(report.difficult, t, language), rowCount: report.difficult.ranked.length };
    case 'time':
      return { table: timeSpentCsv(report.time, t), rowCount: report.time.learners.reduce((sum, learner) => sum + learner.days.length, 0) };
  }
}

/** A file name any system accepts: the class name's letters and digits, the table, the day. */
export function csvFileName(className: string, kind: CsvKind, day: string): string {
  const name = className.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'class';
  return `sabil-${name}-${kind}-${day}.csv`;
}
