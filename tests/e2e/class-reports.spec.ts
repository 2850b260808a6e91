/**
 * Issue 7, point 2: the teacher's class reports, read offline on an enrolled tablet. One roster
 * learner finishes the counting quiz with three wrong first tries, another does nothing; the
 * teacher, offline, sees who needs help, the grid in words, the mastery numbers, the wrong answers
 * chosen, filters by dates in either order, downloads the grid as CSV, and reads it in Arabic.
 */
import { readFileSync } from 'node:fs';
import type { QuizItem } from '../../src/core/pack/index';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectNoSeriousViolations } from './support/axe';
import { Lessons } from './pages/lessons';
import { CoordinatorApi } from './pages/enrol';
import { TeacherPage } from './pages/teacher';
import { resetPassword } from './support/accounts';
import { setUpTablet } from './support/tablet';
import { buildDemoPack, type DemoPack } from './support/demo-pack';
import { text } from './support/texts';

const TEACHER_NAME = 'Demo teacher';

let arithmetic: DemoPack;
test.beforeAll(async () => {
  arithmetic = await buildDemoPack('packs/arithmetic');
});


/** A wrong first try on some items (a child's likely slips), then the right answer, as the quiz allows. */
async function answerWithSlips(page: Page, lessons: Lessons, item: QuizItem, isLast: boolean) {
  const check = () => page.getByRole('button', { name: text('en', 'quiz.check') }).click();
  const wrongFeedback = page.getByRole('status').filter({ hasText: item.feedback?.wrong?.en ?? text('en', 'quiz.wrong') });
  if (item.id === 'counting-q1') {
    await page.getByRole('radio', { name: '3', exact: true }).click();
    await check();
    await expect(wrongFeedback).toBeVisible();
  } else if (item.id === 'counting-q2') {
    await page.getByLabel(text('en', 'quiz.yourAnswer')).fill('6');
    await check();
    await expect(wrongFeedback).toBeVisible();
  } else if (item.id === 'counting-q4') {
    const twoApples = page.getByRole('checkbox', { name: '🍎🍎', exact: true });
    await twoApples.click();
    await check();
    await expect(wrongFeedback).toBeVisible();
    await twoApples.click();
  }
  await lessons.answerCorrectly(item, 'en', isLast);
}

test('a teacher reads her class reports offline: who needs help, the grid, mastery, hard questions, a CSV, and in Arabic', async ({ browser, request }) => {
  test.setTimeout(240_000); // enrolment, a pack download and a whole quiz
  const suffix = Date.now() % 100_000;
  const rania = { name: `Rania ${suffix}`, avatar: 'camel', language: 'en' as const };
  const sami = { name: `Sami ${suffix}`, avatar: 'camel', language: 'en' as const };
  const password = resetPassword('teacher');
  const coordinator = await CoordinatorApi.signIn(request);
  await TeacherPage.addRosterLearnerThroughApi(request, password, rania.name);
  await TeacherPage.addRosterLearnerThroughApi(request, password, sami.name);
  const lesson = arithmetic.source.lessons[0]!;
  const quiz = lesson.blocks.find((block) => block.type === 'quiz');
  if (quiz?.type !== 'quiz') throw new Error('the demo lesson has a quiz');
  const skills = arithmetic.source.skills!;
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Africa/Casablanca' });
  try {
    const { page, app, problems } = await setUpTablet(context, coordinator, arithmetic);
    const teacher = new TeacherPage(page);
    const lessons = new Lessons(page, 'en');

    // The teacher signs in once, online, so her view opens offline later.
    await app.open('/');
    await teacher.signInOnceOnline(password);

    // Rania does the counting quiz, with a wrong first try on three "counting" items.
    await app.pickLearner(rania);
    await lessons.openLesson(lesson.title.en!);
    await page.getByRole('button', { name: text('en', 'lessons.startQuiz') }).click();
    for (const [index, item] of quiz.items.entries()) await answerWithSlips(page, lessons, item, index === quiz.items.length - 1);
    await expect(page.getByRole('button', { name: text('en', 'quiz.backToLesson') })).toBeVisible();
    await app.switchLearner('en');

    // Before class, with no network.
    await context.setOffline(true);
    await teacher.openFromGrid();
    await teacher.unlock(TEACHER_NAME, password);
    await teacher.expectStatus('teacher.offline');
    await page.getByRole('link', { name: text('en', 'reports.screen.link', { name: coordinator.className }) }).click();
    await expect(page.getByRole('heading', { level: 1, name: text('en', 'reports.screen.title', { name: coordinator.className }) })).toBeVisible();

    // Needs help comes first: Rania, on counting, 3 wrong of her last 3 first tries.
    const headings = page.getByRole('heading', { level: 2 });
    await expect(headings.first()).toHaveText(text('en', 'reports.captions.needsHelp'));
    const stuck = page.locator('.report-section').filter({ has: page.getByRole('heading', { name: text('en', 'reports.captions.needsHelp') }) }).getByRole('row', { name: new RegExp(rania.name) });
    await expect(stuck).toContainText(skills['count-to-10']!.en!);
    await expect(stuck).toContainText(text('en', 'reports.needsHelp.wrongOf', { wrong: 3, of: 3 }));

    // The grid, in words: Rania completed the first lesson, Sami has not started anything.
    const grid = page.getByRole('table', { name: text('en', 'reports.captions.grid') });
    await expect(grid.getByRole('columnheader', { name: lesson.title.en! })).toBeVisible();
    const lessonCount = arithmetic.source.lessons.length;
    await expect(grid.getByRole('row', { name: new RegExp(rania.name) }).getByRole('cell').first()).toContainText(text('en', 'reports.status.completed'));
    await expect(grid.getByRole('row', { name: new RegExp(sami.name) }).getByRole('cell')).toHaveText(Array.from({ length: lessonCount }, () => new RegExp(text('en', 'reports.status.notStarted'))));

    // Mastery per skill, read from the chart's table: counting is being practised by one of two.
    const mastery = page.getByRole('table', { name: text('en', 'reports.captions.skills') });
    await expect(mastery.getByRole('row', { name: new RegExp(skills['count-to-10']!.en!) }).getByRole('cell')).toHaveText(['0', '1', '1', '2']);

    // The hard questions, with the wrong answers chosen.
    const firstItem = quiz.items.find((item) => item.id === 'counting-q1')!;
    const question = page.getByRole('listitem').filter({ hasText: firstItem.prompt.en! });
    await expect(question).toContainText(text('en', 'reports.difficult.answerCount_one', { answer: '3', count: 1 }));
    await expect(question).toContainText(text('en', 'reports.screen.wrongShare', { wrong: 1, total: 1 }));

    // Each learner's history; Sami has none.
    const chooser = page.getByRole('combobox', { name: text('en', 'reports.screen.historyLearner'), exact: true });
    await chooser.selectOption({ label: sami.name });
    await expect(page.getByText(text('en', 'reports.history.empty'))).toBeVisible();
    await chooser.selectOption({ label: rania.name });
    await expect(page.getByRole('table').filter({ hasText: text('en', 'reports.columns.event') })).toContainText(lesson.title.en!);

    // Dates in either order: "from tomorrow to yesterday" still holds today; last year holds nothing.
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    const shift = (days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel(text('en', 'reports.dateRange.from'), { exact: true }).fill(shift(1));
    await page.getByLabel(text('en', 'reports.dateRange.to'), { exact: true }).fill(shift(-1));
    await expect(grid.getByRole('row', { name: new RegExp(rania.name) }).getByRole('cell').first()).toContainText(text('en', 'reports.status.completed'));
    await page.getByLabel(text('en', 'reports.dateRange.from'), { exact: true }).fill(shift(-400));
    await page.getByLabel(text('en', 'reports.dateRange.to'), { exact: true }).fill(shift(-300));
    await expect(page.getByText(text('en', 'reports.needsHelp.nobody'))).toBeVisible();
    await expect(page.getByText(text('en', 'reports.charts.emptyTime'))).toBeVisible();
    await page.getByRole('button', { name: text('en', 'reports.screen.showAll') }).click();
    await expect(stuck).toBeVisible();

    // The grid as a CSV file, one learner and lesson per row.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: text('en', 'reports.export.csv') }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^sabil-.+-grid-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(['learner', 'pack', 'lesson', 'status'].map((column) => text('en', `reports.columns.${column}`)).join(','));
    expect(lines).toContain(`${rania.name},${arithmetic.source.id},${lesson.title.en},${text('en', 'reports.status.completed')}`);
    expect(lines).toContain(`${sami.name},${arithmetic.source.id},${lesson.title.en},${text('en', 'reports.status.notStarted')}`);
    await expect(page.getByRole('status').filter({ hasText: text('en', 'reports.export.done') })).toBeVisible();
    await expectNoSeriousViolations(page, 'class reports');

    // The printed page: the report without its controls.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: text('en', 'reports.export.csv') })).toBeHidden();
    await expect(page.getByRole('link', { name: text('en', 'reports.screen.back') })).toBeHidden();
    await expect(grid).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    // In Arabic, right to left. (No screen sets the device language yet: it is written where the app keeps it.)
    await app.storeDeviceLanguage('ar');
    await page.reload();
    await app.expectDirection('rtl', 'ar');
    await expect(page.getByRole('heading', { level: 1, name: text('ar', 'reports.screen.title', { name: coordinator.className }) })).toBeVisible();
    await expect(page.getByRole('table', { name: text('ar', 'reports.captions.grid') }).getByRole('row', { name: new RegExp(sami.name) }).getByRole('cell').first())
      .toContainText(text('ar', 'reports.status.notStarted'));
    await expect(page.locator('.chart-svg text.chart-label').first()).toHaveAttribute('direction', 'rtl');
    await expectNoSeriousViolations(page, 'class reports in Arabic');

    // A small phone: the page itself never scrolls sideways, the grid scrolls in its own region.
    await page.setViewportSize({ width: 360, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
