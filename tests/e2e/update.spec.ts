import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, watchPageHealth } from './support/fixtures';
import { SabilApp } from './pages/sabil-app';
import { text } from './support/texts';
import { startServer } from '../../server/start-server';
import { createLogger } from '../../server/log';

test('a new version waits, says so, and takes over only when the user accepts', async ({ browser }) => {
  // A copy of the build this test may change, served by a real server of its own.
  const staticDir = mkdtempSync(join(tmpdir(), 'sabil-update-static-'));
  cpSync('dist', staticDir, { recursive: true });
  const server = await startServer({
    host: '127.0.0.1', port: 0, dataDir: mkdtempSync(join(tmpdir(), 'sabil-update-data-')), version: 'test',
    staticDir, log: createLogger({ level: 'error' }),
  });
  const context = await browser.newContext({ baseURL: server.url.replace('127.0.0.1', 'localhost') });
  const page = await context.newPage();
  const problems = watchPageHealth(page);
  try {
    const app = new SabilApp(page);
    await app.open();
    await app.chooseDeviceLanguage('en');
    await app.waitForServiceWorkerControl();
    await page.evaluate(() => { (window as unknown as { stillHere: boolean }).stillHere = true; });

    appendFileSync(join(staticDir, 'sw.js'), `\n// new version ${Date.now()}\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const banner = page.getByRole('status').filter({ hasText: text('en', 'update.available') });
    await expect(banner).toBeVisible();
    // Waiting, not applied: the same page is still here and a new worker waits.
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);

    await banner.getByRole('button', { name: text('en', 'update.apply') }).click();
    await page.waitForFunction(() => !(window as unknown as { stillHere?: boolean }).stillHere);
    await expect(page.getByRole('heading', { name: text('en', 'profiles.title') })).toBeVisible();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    await server.close();
  }
});
