import { expect, test } from './support/fixtures';
import { expectNoSeriousViolations } from './support/axe';
import { SabilApp } from './pages/sabil-app';
import { Lessons } from './pages/lessons';
import { buildDemoPack } from './support/demo-pack';
import { text, type Lang } from './support/texts';


for (const lang of ['ar', 'fr', 'en'] as const satisfies readonly Lang[]) {
  test(`main screens have no serious accessibility violations in ${lang}`, async ({ page }) => {
    const app = new SabilApp(page);
    await app.open();
    await expectNoSeriousViolations(page, 'language chooser');
    await app.chooseDeviceLanguage(lang);
    await expectNoSeriousViolations(page, 'empty avatar grid');

    const learner = { name: 'Nour', avatar: 'star', language: lang, pin: '1234' };
    await page.goto('/learners/new');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page, 'new learner form');
    await app.open('/');
    await app.createLearner(learner);
    await expectNoSeriousViolations(page, 'avatar grid');

    await app.pickLearner(learner);
    await expectNoSeriousViolations(page, 'PIN pad');
    await app.typePin('1234');
    await app.expectHome(learner);
    await expectNoSeriousViolations(page, 'learner home');

    await page.goto('/profile');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page, 'edit profile');
    await page.goto('/device');
    await expect(page.getByTestId('device-id')).not.toBeEmpty();
    await expectNoSeriousViolations(page, 'device screen');
  });
}

test('library, lesson and quiz screens have no serious accessibility violations (Arabic, right to left)', async ({ page }) => {
  const pack = await buildDemoPack('packs/reading');
  const app = new SabilApp(page);
  const lessons = new Lessons(page, 'ar');
  const learner = { name: 'سلمى', avatar: 'camel', language: 'ar' as const };
  await app.open();
  await app.chooseDeviceLanguage('ar');
  await app.createLearner(learner);
  await lessons.openLibrary();
  await lessons.importFile(pack.path);
  await lessons.expectReady(pack.source.title.ar!);
  await expectNoSeriousViolations(page, 'library');

  await app.open('/');
  await app.pickLearner(learner);
  await expectNoSeriousViolations(page, 'learner home with lessons');
  const lesson = pack.source.lessons[0]!;
  await lessons.openLesson(lesson.title.ar!);
  await expectNoSeriousViolations(page, 'lesson');
  await page.getByRole('button', { name: text('ar', 'lessons.startQuiz') }).click();
  await expect(page.locator('#quiz-prompt')).toBeVisible();
  await expectNoSeriousViolations(page, 'quiz');
});
