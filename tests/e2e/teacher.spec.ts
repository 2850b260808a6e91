import { expect, test, watchPageHealth } from './support/fixtures';
import { expectNoSeriousViolations } from './support/axe';
import { SabilApp } from './pages/sabil-app';
import { TeacherPage } from './pages/teacher';
import { resetPassword } from './support/accounts';
import { startOwnServer } from './support/own-server';
import { text } from './support/texts';

const TEACHER_NAME = 'Demo teacher';


test('a teacher signs in once, manages her class, and opens her view again with the server gone', async ({ browser }) => {
  test.setTimeout(150_000); // its own server starts (and stops), and each password reset runs the admin command
  const server = await startOwnServer();
  const context = await browser.newContext({ baseURL: server.url, locale: 'en-US' });
  const page = await context.newPage();
  const problems = watchPageHealth(page);
  const app = new SabilApp(page);
  const teacher = new TeacherPage(page);
  try {
    await app.open();
    await app.chooseDeviceLanguage('en');
    // A profile made before the device was enrolled, whose learner the teacher put on the roster elsewhere.
    await app.createLearner({ name: 'Youssef', avatar: 'boat', language: 'en' });
    await teacher.enrolThroughApi(server.dataDir);
    const password = resetPassword('teacher', server.dataDir);
    await TeacherPage.addRosterLearnerThroughApi(page.request, password, 'Youssef');

    await teacher.openFromGrid();
    await teacher.signIn('teacher', password);
    await teacher.expectStatus('teacher.synced');
    await expect(page.getByRole('heading', { name: 'Demo class', level: 2 })).toBeVisible();

    await teacher.addLearner('Salma', 'camel');
    await teacher.expectAdded('Salma', false);
    await context.setOffline(true);
    await teacher.addLearner('Nadia', 'sun');
    await teacher.expectAdded('Nadia', true);
    await expect(teacher.pendingMarks()).toHaveCount(1);

    await teacher.linkProfile('Youssef', 'Youssef');
    await expect(teacher.learnerEntry('Youssef')).toBeVisible();

    // Back online, the view sends the pending learner when it opens again.
    await context.setOffline(false);
    await page.reload();
    await teacher.expectStatus('teacher.synced');
    await expect(teacher.pendingMarks()).toHaveCount(0);

    await teacher.leave();
    await app.waitForServiceWorkerControl();
    await context.setOffline(true);
    await server.stop();
    await page.reload();

    await teacher.openFromGrid();
    await teacher.unlock(TEACHER_NAME, 'not my password');
    await expect(page.getByRole('alert')).toHaveText(teacher.wrongPasswordText(4));
    await teacher.unlock(TEACHER_NAME, password);
    await teacher.expectStatus('teacher.offline');
    for (const name of ['Salma', 'Nadia', 'Youssef']) await expect(teacher.learnerEntry(name)).toBeVisible();

    await teacher.leave();
    await app.pickLearner({ name: 'Salma', avatar: 'camel', language: 'en' });
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    await server.stop();
  }
});

test.describe('on a small phone', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('in Arabic: the teacher view is in Arabic, counts wrong passwords, and its learner is on the grid', async ({ page }) => {
    test.setTimeout(120_000); // two password resets run the admin command, and axe checks two screens
    const app = new SabilApp(page);
    const teacher = new TeacherPage(page, 'ar');
    await app.open();
    await app.chooseDeviceLanguage('ar');
    await teacher.enrolThroughApi();
    const password = resetPassword('teacher');

    await teacher.openFromGrid();
    await expect(page.getByText(text('ar', 'teacher.noTeachers'))).toBeVisible();
    await teacher.signIn('teacher', password);
    await app.expectDirection('rtl', 'ar');
    await teacher.addLearner('سلمى', 'camel');
    await teacher.expectAdded('سلمى', false);
    await expectNoSeriousViolations(page, 'teacher view');
    await teacher.leave();

    await teacher.openFromGrid();
    await expectNoSeriousViolations(page, 'teacher unlock');
    await teacher.unlock(TEACHER_NAME, 'wrong');
    await expect(page.getByRole('alert')).toHaveText(teacher.wrongPasswordText(4));
    await teacher.unlock(TEACHER_NAME, password);
    await teacher.expectOpen();
    await expect(teacher.learnerEntry('سلمى')).toBeVisible();
    await teacher.leave();
    await app.pickLearner({ name: 'سلمى', avatar: 'camel', language: 'ar' });
  });
});
