import { expect, test, watchPageHealth } from './support/fixtures';
import { SabilApp } from './pages/sabil-app';
import { Lessons } from './pages/lessons';
import { CoordinatorApi, EnrolPage } from './pages/enrol';
import { startOwnServer } from './support/own-server';
import { buildDemoPack, tamperedCopy, type DemoPack } from './support/demo-pack';
import { text } from './support/texts';

let arithmetic: DemoPack;
test.beforeAll(async () => {
  arithmetic = await buildDemoPack('packs/arithmetic');
});

test('download a demo pack with a progress bar, go offline, watch, listen and practise in Arabic', async ({ browser }) => {
  const server = await startOwnServer();
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  const problems = watchPageHealth(page);
  const app = new SabilApp(page);
  const lessons = new Lessons(page, 'ar');
  const salma = { name: 'سلمى', avatar: 'camel', language: 'ar' as const };
  const title = arithmetic.source.title.ar!;
  const lesson = arithmetic.source.lessons[0]!;
  try {
    await app.open();
    await app.chooseDeviceLanguage('ar');
    await app.createLearner(salma);
    await app.waitForServiceWorkerControl();

    // The school's server lists its packs to its enrolled devices only.
    const coordinator = await CoordinatorApi.signIn(context.request, server.dataDir);
    const enrol = new EnrolPage(page, 'ar');
    await page.goto('/enrol');
    await enrol.enrol(await coordinator.newCode());
    await enrol.expectEnrolled(coordinator.schoolName, coordinator.className);

    // A slow link, so the progress bar is there to be seen.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 50, downloadThroughput: 120 * 1024, uploadThroughput: 120 * 1024 });
    await lessons.openLibrary();
    const entry = page.getByRole('list', { name: text('ar', 'library.fromServer') }).getByRole('listitem').filter({ hasText: title });
    await entry.getByRole('button').click();
    await expect(page.getByRole('progressbar')).toBeVisible();
    await lessons.expectReady(title);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await cdp.detach();

    await context.setOffline(true);
    await server.stop();

    await app.open('/');
    await app.pickLearner(salma);
    await lessons.openLesson(lesson.title.ar!);
    await expect(page.locator('article.lesson')).toHaveAttribute('dir', 'rtl');
    await lessons.expectImagesLoaded();

    const audio = page.locator('audio');
    await expect(audio).toHaveAttribute('src', /^\/media\/[0-9a-f]{64}$/);
    await audio.evaluate(async (el: HTMLAudioElement) => { el.muted = true; await el.play(); });
    await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime)).toBeGreaterThan(0);

    // Seeking needs the service worker to answer byte ranges (206) from the stored Blob.
    const video = page.locator('video');
    const seek = await video.evaluate(async (el: HTMLVideoElement) => {
      if (el.readyState < 1) await new Promise((resolve) => el.addEventListener('loadedmetadata', resolve, { once: true }));
      const seekableEnd = el.seekable.length > 0 ? el.seekable.end(0) : 0;
      const target = Math.min(3, el.duration - 0.5);
      el.currentTime = target;
      await new Promise((resolve) => el.addEventListener('seeked', resolve, { once: true }));
      return { seekableEnd, duration: el.duration, target, now: el.currentTime };
    });
    expect(seek.seekableEnd).toBeCloseTo(seek.duration, 0);
    expect(seek.now).toBeCloseTo(seek.target, 0);
    const partial = await page.evaluate(async (url) => {
      const response = await fetch(url!, { headers: { range: 'bytes=0-99' } });
      return { status: response.status, length: (await response.arrayBuffer()).byteLength, range: response.headers.get('content-range') };
    }, await video.getAttribute('src'));
    expect(partial).toMatchObject({ status: 206, length: 100 });
    expect(partial.range).toMatch(/^bytes 0-99\/\d+$/);

    await page.getByRole('button', { name: text('ar', 'lessons.startQuiz') }).click();
    const quiz = lesson.blocks.find((b) => b.type === 'quiz');
    if (quiz?.type !== 'quiz') throw new Error('the demo lesson has a quiz');
    for (const [index, item] of quiz.items.entries()) await lessons.answerCorrectly(item, 'ar', index === quiz.items.length - 1);
    // Digits as Intl writes them for Arabic in this browser, as the app does.
    const three = await page.evaluate(() => new Intl.NumberFormat('ar').format(3));
    const threeStars = text('ar', 'lessons.stars', { count: three, max: three });
    await expect(page.getByRole('heading', { name: threeStars })).toBeVisible();

    await page.getByRole('button', { name: text('ar', 'quiz.backToLesson') }).click();
    await page.getByRole('link', { name: text('ar', 'lessons.back') }).click();
    await expect(page.getByRole('link', { name: new RegExp(threeStars) })).toBeVisible();

    // Progress per skill, named in the learner's language.
    await page.getByText(text('ar', 'lessons.skills')).first().click();
    const skill = page.locator('.skill').filter({ hasText: arithmetic.source.skills!['count-to-10']!.ar! });
    await expect(skill).toBeVisible();
    await expect(skill).not.toContainText(text('ar', 'lessons.skillNotTried'));
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    await server.stop();
  }
});

test('a pack from a file is imported; a copy changed after signing is refused in plain words and nothing changes', async ({ page }) => {
  const app = new SabilApp(page, 'fr');
  const lessons = new Lessons(page, 'fr');
  await app.open();
  await app.chooseDeviceLanguage('fr');
  await lessons.openLibrary();
  await lessons.importFile(arithmetic.path);
  await lessons.expectReady(arithmetic.source.title.fr!);
  const onDevice = page.getByRole('list', { name: text('fr', 'library.onDevice') });
  await expect(onDevice.getByRole('listitem')).toHaveCount(1);

  await lessons.importFile(tamperedCopy(arithmetic));
  await expect(page.getByRole('alert')).toHaveText(text('fr', 'errors.pack.bad-signature'));
  await expect(onDevice.getByRole('listitem')).toHaveCount(1);
  await expect(onDevice).toContainText(arithmetic.source.title.fr!);
});
