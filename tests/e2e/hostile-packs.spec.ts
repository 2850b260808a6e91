/**
 * The hostile corpus through the app's real import in a browser: each file is refused with the
 * words for its own code, and IndexedDB keeps exactly what it held. The Node run of the same
 * corpus is src/core/pack/hostile-corpus.test.ts. The browser verifies with DEFAULT_LIMITS (2 GiB),
 * so entries that really inflate past the size limits are left to the Node run (small limits);
 * here those limits are crossed by declared sizes, and the ratio bomb and 10,001 entries are real.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { SabilApp } from './pages/sabil-app';
import { Lessons } from './pages/lessons';
import { buildDemoPack, type DemoPack } from './support/demo-pack';
import { writeHostileCorpus, type HostileFile } from './support/hostile-corpus-files';
import { text } from './support/texts';

let arithmetic: DemoPack;
let reading: DemoPack;
let hostile: HostileFile[];
test.beforeAll(async () => {
  arithmetic = await buildDemoPack('packs/arithmetic');
  reading = await buildDemoPack('packs/reading');
  hostile = await writeHostileCorpus();
});

/** The packs and assets stores as the app wrote them; each file's bytes as their SHA-256. */
function storedPacks(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const db = await request(indexedDB.open('sabil'));
    const all = (store: string) => request(db.transaction(store).objectStore(store).getAll()) as Promise<Record<string, unknown>[]>;
    const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
    const packs = await all('packs');
    const assets = await Promise.all(
      (await all('assets')).map(async ({ blob, ...row }) => ({ ...row, type: (blob as Blob).type, bytes: hex(await crypto.subtle.digest('SHA-256', await (blob as Blob).arrayBuffer())) })),
    );
    db.close();
    return JSON.stringify({ packs, assets });
  });
}

async function withGoodPack(page: Page) {
  const app = new SabilApp(page);
  const lessons = new Lessons(page, 'en');
  await app.open();
  await app.chooseDeviceLanguage('en');
  await lessons.openLibrary();
  await lessons.importFile(arithmetic.path);
  await lessons.expectReady(arithmetic.source.title.en!);
  const onDevice = page.getByRole('list', { name: text('en', 'library.onDevice') }).getByRole('listitem');
  const expectOnlyTheGoodPack = async () => {
    await expect(onDevice).toHaveCount(1);
    await expect(onDevice).toContainText(arithmetic.source.title.en!);
  };
  await expectOnlyTheGoodPack();
  return { lessons, expectOnlyTheGoodPack };
}

test('every hostile pack is refused in words for its own reason, and nothing is stored', async ({ page }) => {
  const { lessons, expectOnlyTheGoodPack } = await withGoodPack(page);
  const before = await storedPacks(page);
  for (const file of hostile) {
    await test.step(`${file.name} → ${file.code}`, async () => {
      await lessons.importFile(file.path);
      await expect(page.getByRole('alert')).toHaveText(file.message);
      await expectOnlyTheGoodPack();
    });
  }
  expect(await storedPacks(page)).toBe(before);
  await page.reload();
  await expectOnlyTheGoodPack();
});

test('a good pack on a full disk is refused, and the device keeps exactly what it had', async ({ page }) => {
  const { lessons, expectOnlyTheGoodPack } = await withGoodPack(page);
  const before = await storedPacks(page);
  // A disk cannot be filled on demand: IndexedDB's own write fails here as Chromium's does when
  // the quota is used up, with a QuotaExceededError, while the file is being stored.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    const full = window as unknown as { refusedWrites: number };
    full.refusedWrites = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name !== 'assets') return put.apply(this, args);
      full.refusedWrites++;
      throw new DOMException('The disk is full', 'QuotaExceededError');
    };
  });
  await lessons.importFile(reading.path);
  await expect(page.getByRole('alert')).toHaveText(text('en', 'errors.storage.quota-exceeded'));
  // The same words come from the space estimate before writing; this refusal must be the write's.
  expect(await page.evaluate(() => (window as unknown as { refusedWrites: number }).refusedWrites)).toBeGreaterThan(0);
  await expectOnlyTheGoodPack();
  expect(await storedPacks(page)).toBe(before);
});
