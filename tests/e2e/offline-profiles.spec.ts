import { expect, test, watchPageHealth } from './support/fixtures';
import { SabilApp } from './pages/sabil-app';
import { startOwnServer } from './support/own-server';

const salma = { name: 'سلمى', avatar: 'camel', language: 'ar' as const };
const youssef = { name: 'Youssef', avatar: 'boat', language: 'fr' as const };

test('first visit in Arabic, two learners, then everything still works with the server gone', async ({ browser }) => {
  const server = await startOwnServer();
  const context = await browser.newContext({ baseURL: server.url, locale: 'en-US' });
  const page = await context.newPage();
  const problems = watchPageHealth(page);
  const app = new SabilApp(page);
  try {
    await app.open();
    await app.chooseDeviceLanguage('ar');
    await app.expectDirection('rtl', 'ar');

    await app.createLearner(salma);
    await app.createLearner(youssef);

    await app.pickLearner(youssef);
    await app.expectDirection('ltr', 'fr');
    await app.switchLearner('ar');
    await app.expectDirection('rtl', 'ar');
    await app.pickLearner(salma);
    await app.expectDirection('rtl', 'ar');
    await app.switchLearner('ar');

    await app.waitForServiceWorkerControl();
    await context.setOffline(true);
    await server.stop();

    await page.reload();
    await expect(app.learnerButton(salma.name)).toBeVisible();
    await expect(app.learnerButton(youssef.name)).toBeVisible();
    await app.pickLearner(youssef);
    await app.expectDirection('ltr', 'fr');

    // A deep link opened while offline is answered by the cached shell too.
    await page.goto(`${server.url}/device`);
    await expect(page.getByTestId('device-id')).not.toBeEmpty();
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    await server.stop();
  }
});
