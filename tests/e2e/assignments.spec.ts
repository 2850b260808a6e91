/**
 * Issue 7, point 1, on the device: offline, a teacher assigns a lesson to the class and a quiz to
 * a group, starts and ends the quiz for the class; the learner finds "Assigned to you" first, the
 * open quiz on top, does the lesson, which moves to "done"; the teacher's list and class report
 * say 1 of N done. In Arabic, right to left, and on a small phone. Needs no server support for
 * assignments (they wait to be sent). Its own server, so the learners it adds change no other spec's class.
 */
import { expect, test } from './support/fixtures';
import { expectNoSeriousViolations } from './support/axe';
import { AssignmentsPage } from './pages/assignments';
import { CoordinatorApi } from './pages/enrol';
import { TeacherPage } from './pages/teacher';
import { resetPassword } from './support/accounts';
import { startOwnServer } from './support/own-server';
import { setUpTablet } from './support/tablet';
import { buildDemoPack, type DemoPack } from './support/demo-pack';
import { text } from './support/texts';

const TEACHER_NAME = 'Demo teacher';

let arithmetic: DemoPack;
test.beforeAll(async () => {
  arithmetic = await buildDemoPack('packs/arithmetic');
});


test('offline, a teacher assigns a lesson and a group quiz; the learner sees them first and does the lesson; the counts say so', async ({ browser }) => {
  test.setTimeout(240_000); // its own server, enrolment, a pack download, two learners' turns and axe on four screens
  const server = await startOwnServer();
  const context = await browser.newContext({ baseURL: server.url, locale: 'en-US', timezoneId: 'Africa/Casablanca' });
  const request = context.request;
  const suffix = Date.now() % 100_000;
  const rania = { name: `Rania ${suffix}`, avatar: 'camel', language: 'en' as const };
  const sami = { name: `Sami ${suffix}`, avatar: 'camel', language: 'en' as const };
  const [counting, adding] = arithmetic.source.lessons;
  const lessonTitle = counting!.title.en!;
  const quizTitle = adding!.title.en!;
  try {
    const password = resetPassword('teacher', server.dataDir);
    const coordinator = await CoordinatorApi.signIn(request, server.dataDir);
    await TeacherPage.addRosterLearnerThroughApi(request, password, rania.name);
    await TeacherPage.addRosterLearnerThroughApi(request, password, sami.name);
    const { page, app, problems } = await setUpTablet(context, coordinator, arithmetic);
    const teacher = new TeacherPage(page);
    const assignments = new AssignmentsPage(page);

    await app.open('/');
    await teacher.signInOnceOnline(password);

    // Before class, with no network.
    await context.setOffline(true);
    await teacher.openFromGrid();
    await teacher.unlock(TEACHER_NAME, password);
    await teacher.expectStatus('teacher.offline');
    await assignments.open(coordinator.className);
    const classSize = await assignments.form().getByRole('radio', { name: text('en', 'assignments.form.learners') }).check()
      .then(() => assignments.form().getByRole('group', { name: text('en', 'assignments.form.pickLearners') }).getByRole('checkbox').count());
    expect(classSize).toBe(2);

    await assignments.choose({ lesson: lessonTitle, target: 'class' });
    await assignments.save();
    await assignments.expectSaved();
    await expect(assignments.entry(lessonTitle)).toContainText(text('en', 'assignments.list.doneOf', { done: 0, total: classSize }));
    await expect(assignments.entry(lessonTitle)).toContainText(text('en', 'assignments.list.waiting'));

    // A group needs a name, in words; then the quiz goes to Rania's group.
    await assignments.choose({ lesson: quizTitle, quiz: 1, target: 'group', learners: [rania.name] });
    await assignments.save();
    await expect(page.getByRole('alert')).toHaveText(text('en', 'assignments.problems.noGroupName'));
    await assignments.choose({ lesson: quizTitle, quiz: 1, target: 'group', groupName: 'Table 1', learners: [rania.name] });
    await assignments.save();
    await assignments.expectSaved();
    const quizEntry = assignments.entry(quizTitle, true);
    await expect(quizEntry).toContainText(text('en', 'assignments.list.doneOf', { done: 0, total: 1 }));
    await quizEntry.getByRole('button', { name: text('en', 'assignments.list.start') }).click();
    await expect(quizEntry).toContainText(text('en', 'assignments.list.liveOpen'));
    await expectNoSeriousViolations(page, 'assignments');
    await page.getByRole('link', { name: text('en', 'assignments.back') }).click();
    await teacher.leave();

    // Rania: "Assigned to you" first, the quiz open now on top, then the lesson.
    await app.pickLearner(rania);
    const assigned = assignments.assignedToYou();
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(text('en', 'assignments.learner.title'));
    const cards = assigned.getByRole('list').first().getByRole('listitem');
    await expect(cards).toHaveCount(2);
    await expect(cards.first()).toContainText(text('en', 'assignments.learner.openNow'));
    await expect(cards.first()).toContainText(quizTitle);
    await expect(cards.nth(1)).toContainText(lessonTitle);
    await expectNoSeriousViolations(page, 'learner home with assignments');

    // The quiz opens its lesson with the quiz's start button in focus.
    await cards.first().getByRole('link').click();
    await expect(page.getByRole('button', { name: text('en', 'lessons.startQuiz') })).toBeFocused();
    await page.getByRole('link', { name: text('en', 'lessons.back') }).click();

    await cards.nth(1).getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: lessonTitle })).toBeVisible();
    await page.getByRole('button', { name: text('en', 'lessons.finished') }).click();
    await expect(page.getByRole('status').filter({ hasText: text('en', 'lessons.completed') })).toBeVisible();
    await page.getByRole('link', { name: text('en', 'lessons.back') }).click();
    await expect(cards).toHaveCount(1);
    await expect(assigned.getByRole('list', { name: text('en', 'assignments.learner.doneTitle') })).toContainText(lessonTitle);
    await app.switchLearner('en');

    // The teacher ends the quiz; the lesson is done by 1 of the class, in the list and the report.
    await teacher.openFromGrid();
    await teacher.unlock(TEACHER_NAME, password);
    await assignments.open(coordinator.className);
    await expect(assignments.entry(lessonTitle)).toContainText(text('en', 'assignments.list.doneOf', { done: 1, total: classSize }));
    await quizEntry.getByRole('button', { name: text('en', 'assignments.list.end') }).click();
    await expect(quizEntry).toContainText(text('en', 'assignments.list.liveEnded'));
    await page.getByRole('link', { name: text('en', 'assignments.back') }).click();
    await page.getByRole('link', { name: text('en', 'reports.screen.link', { name: coordinator.className }) }).click();
    const section = page.getByRole('region', { name: text('en', 'assignments.report.title') });
    const lessonLine = section.getByRole('listitem').filter({ hasText: lessonTitle }).filter({ hasNotText: text('en', 'assignments.list.quizMark') });
    await expect(lessonLine).toContainText(text('en', 'assignments.list.doneOf', { done: 1, total: classSize }));
    await expect(lessonLine).toContainText(sami.name);
    await expect(lessonLine).not.toContainText(rania.name);
    await page.getByRole('link', { name: text('en', 'reports.screen.back') }).click();
    await teacher.leave();

    // Rania sees the ended quiz, not offered to start.
    await app.pickLearner(rania);
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText(text('en', 'assignments.learner.ended'));
    await expect(cards.first().getByRole('link')).toHaveCount(0);
    await app.switchLearner('en');

    // In Arabic, right to left, on a small phone.
    await app.storeDeviceLanguage('ar');
    await page.setViewportSize({ width: 360, height: 640 });
    await page.reload();
    const arabic = new TeacherPage(page, 'ar');
    await arabic.openFromGrid();
    await arabic.unlock(TEACHER_NAME, password);
    await app.expectDirection('rtl', 'ar');
    const inArabic = new AssignmentsPage(page, 'ar');
    await inArabic.open(coordinator.className);
    await expect(inArabic.entry(lessonTitle)).toContainText(text('ar', 'assignments.list.forClass'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoSeriousViolations(page, 'assignments in Arabic');
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    await server.stop();
  }
});
