import { expect, test, watchPageHealth } from './support/fixtures';
import { SabilApp } from './pages/sabil-app';
import { Lessons } from './pages/lessons';
import { startOwnServer } from './support/own-server';
import { buildDemoPack, tamperedCopy, type DemoPack } from './support/demo-pack';
import { text } from './support/texts';

let arithmetic: DemoPack;
test.beforeAll(async () => {
  arithmetic = await buildDemoPack('packs/arithmetic');
});

test('a pack from a file is checked, stored whole, read and practised, then works with the server gone', async ({ browser }) => {
  const server = await startOwnServer();
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  const problems = watchPageHealth(page);
  const app = new SabilApp(page);
  const lessons = new Lessons(page, 'en');
  const learner = { name: 'Salma', avatar: 'camel', language: 'en' as const };
  const title = arithmetic.source.title.en!;
  const lesson = arithmetic.source.lessons[0]!;
  try {
    await app.open();
    await app.chooseDeviceLanguage('en');
    await app.createLearner(learner);
    await app.waitForServiceWorkerControl();

    await lessons.openLibrary();
    await lessons.importFile(arithmetic.path);
    await lessons.expectReady(title);

    await app.open('/');
    await app.pickLearner(learner);
    await lessons.openLesson(lesson.title.en!);
    await lessons.expectImagesLoaded();
    await expect(page.locator('audio')).toHaveAttribute('src', /^\/media\/[0-9a-f]{64}$/);

    await page.getByRole('button', { name: text('en', 'lessons.startQuiz') }).click();
    const quiz = lesson.blocks.find((b) => b.type === 'quiz');
    if (quiz?.type !== 'quiz') throw new Error('the demo lesson has a quiz');
    for (const [index, item] of quiz.items.entries()) await lessons.answerCorrectly(item, 'en', index === quiz.items.length - 1);
    await expect(page.getByRole('heading', { name: text('en', 'lessons.stars', { count: '3' }) })).toBeVisible();

    await context.setOffline(true);
    await server.stop();
    await page.goto(`${server.url}/home`);
    await expect(page.getByRole('link', { name: new RegExp(text('en', 'lessons.stars', { count: '3' })) })).toBeVisible();
    await lessons.openLesson(lesson.title.en!);
    await lessons.expectImagesLoaded();
    // Seeking in audio and video offline needs partial answers from the service worker.
    const src = await page.locator('audio').getAttribute('src');
    const partial = await page.evaluate(async (url) => {
      const response = await fetch(url!, { headers: { range: 'bytes=0-99' } });
      return { status: response.status, length: (await response.arrayBuffer()).byteLength, range: response.headers.get('content-range') };
    }, src);
    expect(partial).toMatchObject({ status: 206, length: 100 });
    expect(partial.range).toMatch(/^bytes 0-99\/\d+$/);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    await server.stop();
  }
});

test('a pack changed after it was signed is refused in plain words, and nothing is stored', async ({ page }) => {
  const app = new SabilApp(page, 'fr');
  const lessons = new Lessons(page, 'fr');
  await app.open();
  await app.chooseDeviceLanguage('fr');
  await lessons.openLibrary();
  await lessons.importFile(tamperedCopy(arithmetic));
  await expect(page.getByRole('alert')).toHaveText(text('fr', 'errors.pack.bad-signature'));
  await expect(page.getByText(text('fr', 'library.noneOnDevice'))).toBeVisible();
});

test('a pack from the server catalogue downloads with a progress bar and appears on the device', async ({ page }) => {
  const app = new SabilApp(page);
  const lessons = new Lessons(page, 'en');
  await app.open();
  await app.chooseDeviceLanguage('en');
  await lessons.openLibrary();
  const entry = page.getByRole('list', { name: text('en', 'library.fromServer') }).getByRole('listitem').filter({ hasText: arithmetic.source.title.en! });
  await entry.getByRole('button').click();
  await lessons.expectReady(arithmetic.source.title.en!);
  await expect(page.getByRole('list', { name: text('en', 'library.onDevice') })).toContainText(arithmetic.source.title.en!);
  await expect(entry).toContainText(text('en', 'library.installed'));
});
