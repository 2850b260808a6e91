/**
 * The Background Sync path in a real Chromium (docs/sync.md, "Triggers"): a failed sync registers
 * the tag `sabil-sync`; when the browser fires it, the service worker asks the open page to sync,
 * and the page does. The browser's own scheduler fires a tag registered while online at once,
 * which is how this test wakes the worker without waiting for a network to come back.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { CoordinatorApi } from './pages/enrol';
import { startOwnServer } from './support/own-server';
import { setUpTablet } from './support/tablet';
import { buildDemoPack, type DemoPack } from './support/demo-pack';
import { text } from './support/texts';

let arithmetic: DemoPack;
test.beforeAll(async () => {
  arithmetic = await buildDemoPack('packs/arithmetic');
});

const syncTags = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const sync = Reflect.get(registration, 'sync') as { getTags(): Promise<string[]> } | undefined; // Chromium's SyncManager
    return sync ? sync.getTags() : [];
  });

test('a failed sync registers Background Sync, and the service worker it wakes makes the page sync', async ({ browser }) => {
  test.setTimeout(120_000); // its own server, an enrolment and a pack download
  const server = await startOwnServer();
  const context = await browser.newContext({ baseURL: server.url, locale: 'en-US' });
  try {
    const coordinator = await CoordinatorApi.signIn(context.request, server.dataDir);
    const { page, problems } = await setUpTablet(context, coordinator, arithmetic);
    await page.goto('/device');
    const syncNow = page.getByRole('button', { name: text('en', 'sync.syncNow') });

    // Offline, "Sync now" fails, and the page asks the browser for a Background Sync.
    await context.setOffline(true);
    await syncNow.click();
    await expect(page.getByRole('status').filter({ hasText: text('en', 'sync.failed') })).toBeVisible();
    await expect.poll(() => syncTags(page)).toContain('sabil-sync');

    // Online again, a sync succeeds; the next one by the page's own timer is minutes away.
    await context.setOffline(false);
    await syncNow.click();
    await expect(page.getByRole('status').filter({ hasText: text('en', 'sync.done') })).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => syncTags(page), { timeout: 30_000 }).not.toContain('sabil-sync');

    // The browser fires a tag registered while online: the worker wakes and asks the page, which
    // syncs. The page notes when the worker's message came, so only a request after it counts (a
    // sync of the page's own, still finishing, could not pass for it). One clock: the same machine.
    await page.evaluate(() => {
      navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
        const isSyncAsk = (event.data as { type?: unknown } | null)?.type === 'SABIL_SYNC';
        if (isSyncAsk && Reflect.get(window, '__workerAskedAt') === undefined) Reflect.set(window, '__workerAskedAt', Date.now());
      });
    });
    const workerAskedAt = () => page.evaluate(() => Number(Reflect.get(window, '__workerAskedAt') ?? Infinity));
    const syncRequestTimes: number[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/v1/sync/')) syncRequestTimes.push(Date.now());
    });
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const sync = Reflect.get(registration, 'sync') as { register(tag: string): Promise<void> }; // Chromium's SyncManager
      await sync.register('sabil-sync');
    });
    await expect.poll(workerAskedAt, { timeout: 15_000 }).toBeLessThan(Infinity);
    const askedAt = await workerAskedAt();
    await expect.poll(() => syncRequestTimes.filter((at) => at >= askedAt).length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    await server.stop();
  }
});
