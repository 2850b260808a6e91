/**
 * The school-wide reports as spreadsheet rows, one row per fact: weeks per school or class,
 * mastery per skill, and assignment completion per school or class. A suppressed number is written as "fewer than 5" in words, never as 0.
 */
import type { TFunction } from 'i18next';
import type { CsvCell } from '../../reports/export-csv';
import type { GroupNumbers } from '../../../core/school-reports/index';
import type { PackInfo } from './school-reports-api';
import { packName } from './report-format';

export interface ReportGroup { school: string; className: string; numbers: GroupNumbers }
export interface CsvTable { header: CsvCell[]; rows: CsvCell[][] }

const k = (key: string) => `schoolReports.csv.${key}`;

export function weeksCsv(groups: readonly ReportGroup[], suppressedSchools: readonly string[], t: TFunction): CsvTable {
  const hidden = t(k('fewerThan5'));
  const rows: CsvCell[][] = groups.flatMap((g) =>
    g.numbers.weeks.map((w) => (w.suppressed ? [g.school, g.className, w.week, hidden, hidden, hidden] : [g.school, g.className, w.week, w.activeLearners, w.lessonsCompleted, w.quizzesCompleted])),
  );
  for (const school of suppressedSchools) rows.push([school, '', '', hidden, hidden, hidden]);
  return { header: [t(k('school')), t(k('class')), t(k('week')), t(k('activeLearners')), t(k('lessons')), t(k('quizzes'))], rows };
}

export function skillsCsv(groups: readonly ReportGroup[], packs: readonly PackInfo[], t: TFunction): CsvTable {
  const hidden = t(k('fewerThan5'));
  const rows: CsvCell[][] = groups.flatMap((g) =>
    g.numbers.skills.map((s) => {
      const start = [g.school, g.className, packName(s.packId, packs, t), s.skill];
      return s.suppressed ? [...start, hidden, hidden] : [...start, s.practised, s.mastered];
    }),
  );
  return { header: [t(k('school')), t(k('class')), t(k('pack')), t(k('skill')), t(k('practised')), t(k('mastered'))], rows };
}

export function assignmentsCsv(groups: readonly ReportGroup[], suppressedSchools: readonly string[], t: TFunction): CsvTable {
  const hidden = t(k('fewerThan5'));
  const rows: CsvCell[][] = groups.map((g) => {
    const a = g.numbers.assignments;
    return a.suppressed ? [g.school, g.className, hidden, hidden, hidden] : [g.school, g.className, a.assignments, a.assignedLearners, a.completed];
  });
  for (const school of suppressedSchools) rows.push([school, '', hidden, hidden, hidden]);
  return { header: [t(k('school')), t(k('class')), t(k('assignments')), t(k('assignedLearners')), t(k('assignmentsCompleted'))], rows };
}
