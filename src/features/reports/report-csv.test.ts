import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { buildLessonGrid, estimateTimeSpent, findDifficultQuestions, indexPacks, readEventLog } from '../../core/reports/index';
import { answered, eventMaker, learners, lessonCompleted, mathPack, MINUTE, T0 } from '../../core/reports/test-fixtures';
import { buildCsvBlob } from './export-csv';
import { difficultQuestionsCsv, lessonGridCsv, timeSpentCsv, type CsvTable } from './report-csv';

// Returns the key (and the count), so the test reads which words were asked for.
const t = ((key: string, options?: { count?: number; answer?: string }) => (options?.answer ? `${options.answer}×${options.count}` : key)) as unknown as TFunction; // a stand-in for i18next's overloaded t
const index = indexPacks([mathPack]);
const make = eventMaker();
const log = readEventLog([
  make('amal', T0, 'lesson.completed', lessonCompleted('l3')),
  make('amal', T0 + 2 * MINUTE, 'quiz.answered', answered('q1', 'i1', ['add'], false, 'b')),
  make('badr', T0, 'quiz.answered', answered('q1', 'i1', ['add'], false, '=cmd')),
]);

async function csvText(table: CsvTable) {
  const blob = await buildCsvBlob(table.header, table.rows);
  return (await blob.text()).split('\r\n');
}

describe('report CSV tables', () => {
  it('writes the grid one learner and lesson per row, with the status in words', async () => {
    const lines = await csvText(lessonGridCsv(buildLessonGrid(learners, log, index), t, 'en'));
    expect(lines[0]).toBe('reports.columns.learner,reports.columns.pack,reports.columns.lesson,reports.columns.status');
    expect(lines.slice(1, 4)).toEqual(['Amal,math,Sums,reports.status.inProgress', 'Amal,math,Times,reports.status.notStarted', 'Amal,math,Reading,reports.status.completed']);
    expect(lines).toHaveLength(1 + 9 + 1);
  });

  it('writes whole minutes per learner and day', async () => {
    const lines = await csvText(timeSpentCsv(estimateTimeSpent(learners, log, { timeZone: 'UTC' }), t));
    expect(lines.slice(1, 3)).toEqual(['Amal,2025-03-10,3,1', 'Badr,2025-03-10,1,1']);
  });

  it('writes wrong answers as the choices\' words, and guards a learner\'s typed formula', async () => {
    const lines = await csvText(difficultQuestionsCsv(findDifficultQuestions(learners, log, index, { minAnswers: 1 }), t, 'ar'));
    expect(lines[1]).toBe("math,Question i1,2,2,'=cmd×1; ب×1");
  });
});
