/**
 * Issue 7's journey across devices, on a real server of its own: the teacher assigns a lesson on
 * tablet 1 and it syncs; on tablet 2, offline, a learner finds it under "Assigned to you" and does
 * it; after both tablets sync, the teacher's grid and assignment report on tablet 1 show it done,
 * and so does the coordinator's school report on the server, read in French and in Arabic (its
 * table and its chart mirrored). The counts come from one rule (src/core/assignments), so they agree.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { AssignmentsPage } from './pages/assignments';
import { CoordinatorScreens } from './pages/coordinator';
import { CoordinatorApi } from './pages/enrol';
import { SabilApp } from './pages/sabil-app';
import { TeacherPage } from './pages/teacher';
import { resetPassword } from './support/accounts';
import { startOwnServer } from './support/own-server';
import { setUpTablet, type Tablet } from './support/tablet';
import { buildDemoPack, type DemoPack } from './support/demo-pack';
import { text, type Lang } from './support/texts';

let arithmetic: DemoPack;
test.beforeAll(async () => {
  arithmetic = await buildDemoPack('packs/arithmetic');
});

async function syncNow(tablet: Tablet) {
  await tablet.page.goto('/device');
  await tablet.page.getByRole('button', { name: text('en', 'sync.syncNow') }).click();
  await expect(tablet.page.getByRole('status').filter({ hasText: text('en', 'sync.done') })).toBeVisible({ timeout: 30_000 });
}

/** The value cell of one row of the coordinator's assignment table. */
function assignmentNumber(table: Locator, lang: Lang, key: string): Locator {
  return table.getByRole('row', { name: new RegExp(text(lang, `schoolReports.reports.${key}`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).getByRole('cell');
}

/** The coordinator's report of one school, and in it the article of one class. */
async function openClassReport(page: Page, lang: Lang, school: string, className: string): Promise<Locator> {
  const t = (key: string) => text(lang, key);
  await page.goto('/coordinator');
  await page.getByRole('link', { name: t('schoolReports.home.reportsLink') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('schoolReports.reports.title') })).toBeVisible();
  await page.getByLabel(t('schoolReports.reports.school'), { exact: true }).selectOption({ label: school });
  // Four weeks, so the weeks chart has columns to order.
  await page.getByLabel(t('schoolReports.reports.from'), { exact: true }).fill(new Date(Date.now() - 21 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole('button', { name: t('schoolReports.reports.apply') }).click();
  return page.getByRole('article', { name: className, exact: true });
}

test('a lesson assigned on one tablet is done offline on another, and the teacher and the coordinator both see it done', async ({ browser }) => {
  test.setTimeout(300_000); // its own server, two tablets each enrolling and downloading a pack, a coordinator in two languages
  const server = await startOwnServer();
  const first = await browser.newContext({ baseURL: server.url, locale: 'en-US' });
  const second = await browser.newContext({ baseURL: server.url, locale: 'en-US' });
  const suffix = Date.now() % 100_000;
  const amal = { name: `Amal ${suffix}`, avatar: 'camel', language: 'en' as const };
  const badr = { name: `Badr ${suffix}`, avatar: 'camel', language: 'en' as const };
  const lesson = arithmetic.source.lessons[0]!.title.en!;
  try {
    const password = resetPassword('teacher', server.dataDir);
    const coordinator = await CoordinatorApi.signIn(first.request, server.dataDir);
    await TeacherPage.addRosterLearnerThroughApi(first.request, password, amal.name);
    await TeacherPage.addRosterLearnerThroughApi(first.request, password, badr.name);
    const tablet1 = await setUpTablet(first, coordinator, arithmetic);
    const tablet2 = await setUpTablet(second, coordinator, arithmetic);

    // Tablet 1: the teacher assigns the lesson to the class, due in a week, and it syncs.
    const teacher = new TeacherPage(tablet1.page);
    const assignments = new AssignmentsPage(tablet1.page);
    await tablet1.app.open('/');
    await teacher.openFromGrid();
    await teacher.signIn('teacher', password);
    await assignments.open(coordinator.className);
    const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await assignments.choose({ lesson, target: 'class', dueDay: due });
    await assignments.save();
    await assignments.expectSaved();
    await expect(assignments.entry(lesson)).toContainText(text('en', 'assignments.list.doneOf', { done: 0, total: 2 }));
    await tablet1.page.getByRole('link', { name: text('en', 'assignments.back') }).click();
    await teacher.leave();
    await syncNow(tablet1);

    // Tablet 2 pulls it, then works offline: Amal finds it first and does it.
    await syncNow(tablet2);
    await second.setOffline(true);
    await tablet2.app.open('/');
    await tablet2.app.pickLearner(amal);
    const assigned = new AssignmentsPage(tablet2.page).assignedToYou();
    await expect(tablet2.page.getByRole('heading', { level: 2 }).first()).toHaveText(text('en', 'assignments.learner.title'));
    await assigned.getByRole('listitem').filter({ hasText: lesson }).getByRole('link').click();
    await tablet2.page.getByRole('button', { name: text('en', 'lessons.finished') }).click();
    await expect(tablet2.page.getByRole('status').filter({ hasText: text('en', 'lessons.completed') })).toBeVisible();
    await tablet2.page.getByRole('link', { name: text('en', 'lessons.back') }).click();
    await expect(assigned.getByRole('list', { name: text('en', 'assignments.learner.doneTitle') })).toContainText(lesson);
    await tablet2.app.switchLearner('en');

    // Back online, tablet 2 sends the work; tablet 1 pulls it.
    await second.setOffline(false);
    await syncNow(tablet2);
    await syncNow(tablet1);

    // Tablet 1, offline: the teacher's grid and assignment report count Amal's lesson.
    await first.setOffline(true);
    await tablet1.app.open('/');
    await teacher.openFromGrid();
    await teacher.unlock('Demo teacher', password);
    await tablet1.page.getByRole('link', { name: text('en', 'reports.screen.link', { name: coordinator.className }) }).click();
    const grid = tablet1.page.getByRole('table', { name: text('en', 'reports.captions.grid') });
    await expect(grid.getByRole('row', { name: new RegExp(amal.name) }).getByRole('cell').first()).toContainText(text('en', 'reports.status.completed'));
    const report = tablet1.page.getByRole('region', { name: text('en', 'assignments.report.title') });
    const line = report.getByRole('listitem').filter({ hasText: lesson });
    await expect(line).toContainText(text('en', 'assignments.list.doneOf', { done: 1, total: 2 }));
    await expect(line).toContainText(badr.name);
    await first.setOffline(false);

    // The coordinator's school report on the server says the same, in French and in Arabic.
    for (const lang of ['fr', 'ar'] as const) {
      const office = await browser.newContext({ baseURL: server.url, locale: lang });
      try {
        const page = await office.newPage();
        const app = new SabilApp(page);
        await app.open();
        await app.chooseDeviceLanguage(lang);
        await new CoordinatorScreens(page, lang).signIn('coordinator', resetPassword('coordinator', server.dataDir));
        const n = (value: number) => new Intl.NumberFormat(lang).format(value);
        const article = await openClassReport(page, lang, 'Demo school', coordinator.className);
        const table = article.getByRole('table', { name: text(lang, 'schoolReports.reports.assignments') });
        await expect(assignmentNumber(table, lang, 'assignmentsSet')).toHaveText(n(1));
        await expect(assignmentNumber(table, lang, 'assignedLearners')).toHaveText(n(2));
        await expect(assignmentNumber(table, lang, 'assignmentsCompleted')).toHaveText(n(1));
        // Mirrored in Arabic: each row's heading stands on the reading side of its number.
        const heading = await table.getByRole('rowheader').first().boundingBox();
        const value = await assignmentNumber(table, lang, 'assignmentsSet').boundingBox();
        expect(heading && value && (lang === 'ar' ? heading.x > value.x : heading.x < value.x)).toBe(true);
        await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
        // The weeks chart runs the same way: the first week at the reading side.
        const weeks = article.getByRole('figure', { name: text(lang, 'schoolReports.reports.activePerWeek') }).locator('text.chart-label');
        expect(await weeks.count()).toBeGreaterThanOrEqual(2);
        const firstWeek = await weeks.first().boundingBox();
        const lastWeek = await weeks.last().boundingBox();
        expect(firstWeek && lastWeek && (lang === 'ar' ? firstWeek.x > lastWeek.x : firstWeek.x < lastWeek.x)).toBe(true);
      } finally {
        await office.close();
      }
    }
    expect(tablet1.problems).toEqual([]);
    expect(tablet2.problems).toEqual([]);
  } finally {
    await first.close();
    await second.close();
    await server.stop();
  }
});
