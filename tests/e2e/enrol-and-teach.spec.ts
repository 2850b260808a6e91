/**
 * Issue 5's whole journey through the screens, as new users would: the coordinator makes a class,
 * a teacher and an enrolment code on a laptop; a fresh tablet (another browser profile) enrols with
 * the code; the teacher signs in there, adds learners, and opens her view again with the server gone.
 */
import { expect, test, watchPageHealth } from './support/fixtures';
import { SabilApp } from './pages/sabil-app';
import { CoordinatorScreens } from './pages/coordinator';
import { EnrolPage } from './pages/enrol';
import { TeacherPage } from './pages/teacher';
import { resetPassword } from './support/accounts';
import { startOwnServer } from './support/own-server';

test('a coordinator enrols a new tablet by code; its teacher adds learners and works on it offline', async ({ browser }) => {
  test.setTimeout(180_000); // its own server, two browser profiles, and an admin command for the password
  const server = await startOwnServer();
  const laptopContext = await browser.newContext({ baseURL: server.url, locale: 'en-US' });
  const tabletContext = await browser.newContext({ baseURL: server.url, locale: 'en-US' });
  try {
    const laptop = await laptopContext.newPage();
    const laptopProblems = watchPageHealth(laptop);
    await new SabilApp(laptop).open();
    await new SabilApp(laptop).chooseDeviceLanguage('en');
    const coordinator = new CoordinatorScreens(laptop);
    await coordinator.signIn('coordinator', resetPassword('coordinator', server.dataDir));
    await coordinator.openSchool('Demo school');
    await coordinator.addClass('Class 2B');
    const teacherPassword = await coordinator.addTeacher({ displayName: 'Mme Amina', login: 'amina', classes: ['Class 2B'] });
    const { code } = await coordinator.createEnrolmentCode('Class 2B');

    const tablet = await tabletContext.newPage();
    const tabletProblems = watchPageHealth(tablet);
    const app = new SabilApp(tablet);
    await app.open();
    await app.chooseDeviceLanguage('en');
    const enrol = new EnrolPage(tablet);
    await enrol.openFromDeviceScreen();
    await enrol.enrol(code.toLowerCase()); // typed as a person would, dash and all
    await enrol.expectEnrolled('Demo school', 'Class 2B');

    await app.open('/');
    const teacher = new TeacherPage(tablet);
    await teacher.openFromGrid();
    await teacher.signIn('amina', teacherPassword);
    await teacher.expectStatus('teacher.synced');
    await expect(tablet.getByRole('heading', { name: 'Class 2B', level: 2 })).toBeVisible();
    await teacher.addLearner('Salma', 'camel');
    await teacher.expectAdded('Salma', false);
    await teacher.addLearner('Karim', 'sun');
    await teacher.expectAdded('Karim', false);

    // The coordinator's screen lists the tablet as a device of the school (beside the demo class's two sample tablets).
    await laptop.reload();
    await expect(coordinator.section('coordinator.devices.title').getByRole('listitem').filter({ hasText: 'Class 2B' })).toHaveCount(1);

    await teacher.leave();
    await app.waitForServiceWorkerControl();
    await tabletContext.setOffline(true);
    await server.stop();
    await tablet.reload();

    await teacher.openFromGrid();
    await teacher.unlock('Mme Amina', teacherPassword);
    await teacher.expectStatus('teacher.offline');
    for (const name of ['Salma', 'Karim']) await expect(teacher.learnerEntry(name)).toBeVisible();
    await teacher.leave();
    await app.pickLearner({ name: 'Karim', avatar: 'sun', language: 'en' });

    expect(laptopProblems).toEqual([]);
    expect(tabletProblems).toEqual([]);
  } finally {
    await laptopContext.close();
    await tabletContext.close();
    await server.stop();
  }
});
