/**
 * Issue 7, "tried as a new user would": a server started as `npm start` does, with demo mode's
 * sample class. A tablet enrolled in Demo class pulls its roster and work, so the teacher's class
 * report is alive offline; the coordinator's school report and sync health are alive on the
 * server; and the assignment numbers of both views agree.
 */
import { expect, test } from './support/fixtures';
import { CoordinatorScreens } from './pages/coordinator';
import { CoordinatorApi } from './pages/enrol';
import { TeacherPage } from './pages/teacher';
import { resetPassword } from './support/accounts';
import { startOwnServer } from './support/own-server';
import { setUpTablet } from './support/tablet';
import { buildDemoPack, type DemoPack } from './support/demo-pack';
import { text } from './support/texts';

let arithmetic: DemoPack;
test.beforeAll(async () => {
  arithmetic = await buildDemoPack('packs/arithmetic');
});

/** "3 of 30 done" → [3, 30], from the English text's own template. */
function doneOf(line: string): [number, number] {
  const pattern = text('en', 'assignments.list.doneOf', { done: '(\\d+)', total: '(\\d+)' });
  const match = new RegExp(pattern).exec(line);
  if (!match) throw new Error(`no "done of" in: ${line}`);
  return [Number(match[1]), Number(match[2])];
}

test('a new user finds the demo class alive: the teacher offline on a tablet, the coordinator on the server, with the same numbers', async ({ browser }) => {
  test.setTimeout(240_000); // its own server with sample data, an enrolment, a pack and a pull of four weeks of work
  const server = await startOwnServer({ demoData: true });
  const context = await browser.newContext({ baseURL: server.url, locale: 'en-US' });
  try {
    const password = resetPassword('teacher', server.dataDir);
    const coordinator = await CoordinatorApi.signIn(context.request, server.dataDir);
    const tablet = await setUpTablet(context, coordinator, arithmetic);
    const { page } = tablet;

    // The teacher signs in once, online; the tablet pulls the class; then no network at all.
    await tablet.app.open('/');
    const teacher = new TeacherPage(page);
    await teacher.openFromGrid();
    await teacher.signIn('teacher', password);
    await teacher.leave();
    await page.goto('/device');
    await page.getByRole('button', { name: text('en', 'sync.syncNow') }).click();
    await expect(page.getByRole('status').filter({ hasText: text('en', 'sync.done') })).toBeVisible({ timeout: 60_000 });
    await context.setOffline(true);
    await tablet.app.open('/');
    await teacher.openFromGrid();
    await teacher.unlock('Demo teacher', password);
    await page.getByRole('link', { name: text('en', 'reports.screen.link', { name: coordinator.className }) }).click();

    const grid = page.getByRole('table', { name: text('en', 'reports.captions.grid') });
    await expect(grid.locator('tbody').getByRole('row')).toHaveCount(30);
    await expect(grid).toContainText(text('en', 'reports.status.mastered'));
    const needsHelp = page.getByRole('region', { name: text('en', 'reports.captions.needsHelp') });
    await expect(needsHelp.locator('tbody').getByRole('row').first()).toBeVisible();
    const lines = page.getByRole('region', { name: text('en', 'assignments.report.title') }).getByRole('listitem');
    await expect(lines).toHaveCount(3);
    const counts = (await lines.allTextContents()).map(doneOf);
    expect(counts.map(([, total]) => total)).toEqual(expect.arrayContaining([30, 5]));
    await context.setOffline(false);

    // The coordinator on the server: the same class, the same assignment numbers, and sync health.
    const office = await context.newPage();
    await office.goto('/');
    const screens = new CoordinatorScreens(office, 'en');
    await screens.signIn('coordinator', resetPassword('coordinator', server.dataDir));
    await office.getByRole('link', { name: text('en', 'schoolReports.home.reportsLink') }).click();
    await office.getByLabel(text('en', 'schoolReports.reports.school'), { exact: true }).selectOption({ label: 'Demo school' });
    await office.getByRole('button', { name: text('en', 'schoolReports.reports.apply') }).click();
    const demoClass = office.getByRole('article', { name: coordinator.className, exact: true });
    await expect(demoClass.locator('dl.facts')).toContainText(`${text('en', 'schoolReports.reports.activeLearners')}30`);
    const table = demoClass.getByRole('table', { name: text('en', 'schoolReports.reports.assignments') });
    const cell = (key: string) => table.getByRole('row').filter({ hasText: text('en', `schoolReports.reports.${key}`) }).getByRole('cell');
    await expect(cell('assignmentsSet')).toHaveText(String(counts.length));
    await expect(cell('assignedLearners')).toHaveText(String(counts.reduce((sum, [, total]) => sum + total, 0)));
    await expect(cell('assignmentsCompleted')).toHaveText(String(counts.reduce((sum, [done]) => sum + done, 0)));

    await office.goto('/coordinator/sync-health');
    await expect(office.getByRole('listitem').filter({ hasText: `${text('en', 'schoolReports.health.appVersion')}sample data` })).toHaveCount(2);
    expect(tablet.problems).toEqual([]);
  } finally {
    await context.close();
    await server.stop();
  }
});
