/**
 * Issue 6's journey in two real browser profiles enrolled at one school: a learner practises on
 * tablet 1 offline, reconnects, and the answer that said "stored" is lost on the way back (after
 * the server committed), so the event is sent again; on tablet 2 the same learner finds their
 * progress, and so does the teacher's class report there. The server holds each event once by its
 * id; the test checks the re-send happened.
 */
import { gunzipSync } from 'node:zlib';
import { expect, test } from './support/fixtures';
import { Lessons } from './pages/lessons';
import { CoordinatorApi } from './pages/enrol';
import { TeacherPage } from './pages/teacher';
import { resetPassword } from './support/accounts';
import { setUpTablet } from './support/tablet';
import { buildDemoPack, type DemoPack } from './support/demo-pack';
import { text } from './support/texts';

let arithmetic: DemoPack;
test.beforeAll(async () => {
  arithmetic = await buildDemoPack('packs/arithmetic');
});

test('a learner practises offline on one tablet, and finds their progress on another; a lost answer costs a re-send, not a duplicate', async ({ browser, request }) => {
  test.setTimeout(240_000); // two tablets, each enrolling and downloading a pack
  const learner = { name: `Amal ${Date.now() % 100_000}`, avatar: 'camel', language: 'en' as const };
  const coordinator = await CoordinatorApi.signIn(request);
  const teacherPassword = resetPassword('teacher');
  await TeacherPage.addRosterLearnerThroughApi(request, teacherPassword, learner.name);
  const lesson = arithmetic.source.lessons[0]!;
  const first = await browser.newContext({ locale: 'en-US' });
  const second = await browser.newContext({ locale: 'en-US' });
  try {
    const tablet1 = await setUpTablet(first, coordinator, arithmetic);
    const tablet2 = await setUpTablet(second, coordinator, arithmetic);

    // Offline, the learner (on the tablet because the class roster lists them) finishes a lesson.
    await first.setOffline(true);
    await tablet1.app.open('/');
    await tablet1.app.pickLearner(learner);
    await new Lessons(tablet1.page, 'en').openLesson(lesson.title.en!);
    await tablet1.page.getByRole('button', { name: text('en', 'lessons.finished') }).click();
    await expect(tablet1.page.getByRole('status').filter({ hasText: text('en', 'lessons.completed') })).toBeVisible();
    await tablet1.page.goto('/device');
    await expect(tablet1.page.getByTestId('sync-waiting')).toHaveText('1');

    // Back online, the first push reaches the server but its answer is lost on the way back.
    // Each push's event ids as sent (the body is gzip JSON) and as acknowledged (the whole batch
    // when the answer says `ackedAll`, docs/sync.md).
    const pushedIds: string[][] = [];
    await tablet1.page.route('**/api/v1/sync/push', async (route) => {
      const sent = (JSON.parse(gunzipSync(route.request().postDataBuffer() ?? Buffer.alloc(0)).toString('utf8')) as { events: { id: string }[] }).events.map((e) => e.id);
      const response = await route.fetch();
      const answer = (await response.json()) as { acked: string[]; ackedAll?: boolean };
      pushedIds.push(answer.ackedAll === true ? sent : answer.acked);
      if (pushedIds.length === 1) await route.abort('connectionreset');
      else await route.fulfill({ response });
    });
    await first.setOffline(false);
    await tablet1.page.getByRole('button', { name: text('en', 'sync.syncNow') }).click();
    await expect(tablet1.page.getByTestId('sync-waiting')).toHaveText('0', { timeout: 60_000 });
    expect(pushedIds.length).toBeGreaterThanOrEqual(2);
    const sentTwice = pushedIds[0]![0];
    expect(pushedIds[1]).toContain(sentTwice); // the same event id, acknowledged again: a re-send, not a new event

    // Tablet 2 pulls it; the learner's lesson shows as done there.
    await tablet2.page.goto('/device');
    await tablet2.page.getByRole('button', { name: text('en', 'sync.syncNow') }).click();
    await expect(tablet2.page.getByRole('status').filter({ hasText: text('en', 'sync.done') })).toBeVisible({ timeout: 30_000 });
    const copies = await tablet2.page.evaluate((id) => new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('sabil');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const count = open.result.transaction('events').objectStore('events').count(id);
        count.onsuccess = () => (open.result.close(), resolve(count.result));
      };
    }), sentTwice);
    expect(copies).toBe(1);
    await tablet2.app.open('/');
    await tablet2.app.pickLearner(learner);
    await expect(tablet2.page.getByRole('listitem').filter({ hasText: lesson.title.en! })).toContainText(text('en', 'lessons.completed'));

    // The teacher's class report on tablet 2 counts the lesson finished on tablet 1.
    await tablet2.app.switchLearner('en');
    const teacher = new TeacherPage(tablet2.page);
    await teacher.openFromGrid();
    await teacher.signIn('teacher', teacherPassword);
    await tablet2.page.getByRole('link', { name: text('en', 'reports.screen.link', { name: coordinator.className }) }).click();
    const grid = tablet2.page.getByRole('table', { name: text('en', 'reports.captions.grid') });
    await expect(grid.getByRole('row', { name: new RegExp(learner.name) }).getByRole('cell').first()).toContainText(text('en', 'reports.status.completed'));

    expect(tablet1.problems).toEqual([]);
    expect(tablet2.problems).toEqual([]);
  } finally {
    await first.close();
    await second.close();
  }
});
