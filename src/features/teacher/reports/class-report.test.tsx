import { render } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { indexPacks, readEventLog } from '../../../core/reports/index';
import { answered, eventMaker, learners, lessonCompleted, mathPack, MINUTE, quizCompleted, T0 } from '../../../core/reports/test-fixtures';
import type { LearnerRow, RosterRow } from '../../../data/db';
import { buildClassReport } from './build-class-report';
import { classLearners } from './class-learners';
import { csvFileName, csvTableFor, CSV_KINDS } from './csv-tables';
import { DifficultSection } from './DifficultSection';
import { LessonGridSection } from './LessonGridSection';
import { MissingNotice } from './MissingNotice';
import { NeedsHelpSection } from './NeedsHelpSection';
import { SkillMasterySection } from './SkillMasterySection';
import { TimeSection } from './TimeSection';
import { pickLocalized } from './pick-localized';
import type { TFunction } from 'i18next';

// No resources: `t` returns each key, so the assertions read which words were asked for.
beforeAll(async () => {
  await i18n.init({ lng: 'en', resources: {}, interpolation: { escapeValue: false } });
});

const make = eventMaker();
const index = indexPacks([mathPack]);
const rows = [
  make('amal', T0, 'quiz.answered', answered('q1', 'i1', ['add'], false, { type: 'single', choice: 'b' })),
  make('amal', T0 + MINUTE, 'quiz.answered', answered('q1', 'i2', ['add'], false, { type: 'single', choice: 'c' })),
  make('amal', T0 + 2 * MINUTE, 'quiz.answered', answered('q1', 'i1', ['add'], false, { type: 'single', choice: 'b' })),
  make('amal', T0 + 3 * MINUTE, 'quiz.completed', quizCompleted('l1', 'q1', 1)),
  make('badr', T0, 'lesson.completed', lessonCompleted('old-lesson', 'history')),
];
const data = { log: readEventLog(rows), index };
const options = { language: 'en', timeZone: 'UTC' };
// Returns the key, so the assertions read which words were asked for.
const t = ((key: string) => key) as unknown as TFunction; // a stand-in for i18next's overloaded t

function renderAll(report: ReturnType<typeof buildClassReport>) {
  return [
    render(<MissingNotice notOnDevice={report.grid.notOnDevice} setAside={report.setAside} />),
    render(<NeedsHelpSection rows={report.needsHelp} />),
    render(<LessonGridSection grid={report.grid} language="en" />),
    render(<SkillMasterySection skills={report.skills} />),
    render(<DifficultSection ranked={report.difficultRanked} few={report.difficultFew} language="en" />),
    render(<TimeSection time={report.time} />),
  ].join('\n');
}

describe('the class report', () => {
  it('puts the class in the grid as a real table, each status with a symbol and a word', () => {
    const html = render(<LessonGridSection grid={buildClassReport(learners, data, options).grid} language="en" />);
    expect(html).toContain('<th scope="col">reports.columns.learner</th>');
    expect(html).toContain('<th scope="row">Amal</th><td class="status status-completed"><span class="status-mark" aria-hidden="true">●</span> reports.status.completed</td>');
    expect(html).toContain('<th scope="row">Chama</th><td class="status status-not-started"><span class="status-mark" aria-hidden="true">○</span> reports.status.notStarted</td>');
    expect(html).toMatch(/class="report-scroll" role="region" aria-labelledby="report-grid" tabindex="0"/);
  });

  it('keeps items with few answers apart from the ranked ones, with the choices given', () => {
    const report = buildClassReport(learners, data, options);
    expect(report.difficultRanked).toEqual([]);
    expect(report.difficultFew.map((q) => [q.itemId, q.wrongFirstTries, q.firstTries])).toEqual([['i1', 2, 2], ['i2', 1, 1]]);
    expect(report.needsHelp.map((row) => [row.displayName, row.skill, row.wrong])).toEqual([['Amal', 'add', 3]]);
  });

  it('names a pack that is no longer installed and never shows NaN, for a class with and without events', () => {
    const full = renderAll(buildClassReport(learners, data, options));
    expect(full).toContain('reports.notOnDevice');
    expect(full).not.toContain('NaN');
    const empty = renderAll(buildClassReport([], { log: readEventLog([]), index: indexPacks([]) }, options));
    expect(empty).not.toContain('NaN');
    expect(empty).toContain('reports.charts.empty');
    expect(empty).toContain('reports.needsHelp.nobody');
    expect(empty).toContain('reports.difficult.none');
    const quiet = renderAll(buildClassReport([{ id: 'nobody', displayName: 'Nobody' }], data, options));
    expect(quiet).not.toContain('NaN');
    expect(quiet).toContain('reports.charts.emptyTime');
  });

  it('downloads every table with its row count known beforehand', () => {
    const report = buildClassReport(learners, data, options);
    const counts = Object.fromEntries(CSV_KINDS.map((kind) => {
      const { table, rowCount } = csvTableFor(kind, report, t, 'en');
      expect([...table.rows]).toHaveLength(rowCount);
      return [kind, rowCount];
    }));
    expect(counts).toEqual({ grid: 9, needsHelp: 1, skills: 3, difficult: 2, time: 2 });
  });
});

describe('classLearners', () => {
  const profile = (id: string, displayName: string, roster?: LearnerRow['roster']) =>
    ({ id, displayName, avatar: 'camel', language: 'en', pin: null, attempts: { failures: 0, lockedUntil: 0, lockouts: 0 }, createdAt: 0, roster }) as unknown as LearnerRow; // only id, name and roster matter here
  const roster: RosterRow = {
    key: 'roster', schoolId: 's', fetchedAt: 0, classes: [{ id: 'c1', name: 'A' }, { id: 'c2', name: 'B' }],
    learners: [{ id: 'r1', classId: 'c1', displayName: 'Zineb' }, { id: 'r2', classId: 'c1', displayName: 'Badr' }, { id: 'r3', classId: 'c2', displayName: 'Other' }],
  };

  it('takes the class\'s profiles (pending ones too) and its roster learners not on the device, by name', () => {
    const onDevice = [profile('r2', 'Badr (renamed)', { classId: 'c1', state: 'linked' }), profile('p1', 'Amal', { classId: 'c1', state: 'pending' }), profile('x', 'Solo'), profile('r3', 'Other', { classId: 'c2', state: 'linked' })];
    expect(classLearners('c1', roster, onDevice, 'en')).toEqual([
      { id: 'p1', displayName: 'Amal' }, { id: 'r2', displayName: 'Badr (renamed)' }, { id: 'r1', displayName: 'Zineb' },
    ]);
  });

  it('gives nobody for a class with no roster and no profiles', () => {
    expect(classLearners('c9', null, [], 'en')).toEqual([]);
  });
});

describe('csvFileName', () => {
  it.each([
    ['Demo class', 'sabil-Demo-class-grid-2025-03-10.csv'],
    ['القسم ٣/أ', 'sabil-القسم-٣-أ-grid-2025-03-10.csv'],
    ['../..', 'sabil-class-grid-2025-03-10.csv'],
  ])('makes a safe file name of %s', (name, expected) => {
    expect(csvFileName(name, 'grid', '2025-03-10')).toBe(expected);
  });
});

describe('pickLocalized', () => {
  it('gives the text with the language it is in, falling back to any language, then to the id', () => {
    expect(pickLocalized({ ar: 'الجمع', en: 'Adding' }, 'fr', 'x')).toEqual({ text: 'الجمع', lang: 'ar', dir: 'rtl' });
    expect(pickLocalized({ ar: 'الجمع', en: 'Adding' }, 'en', 'x')).toEqual({ text: 'Adding', lang: 'en', dir: 'ltr' });
    expect(pickLocalized(null, 'en', 'item-3')).toEqual({ text: 'item-3', lang: undefined, dir: undefined });
  });
});
