/** The storage contract, part 2: the pack catalogue, on the backend of this test project. */
import { describe, expect, it } from 'vitest';
import { openTestStorage, testStorageKind } from '../testing/test-storage';
import type { CatalogueEntry } from './storage';

const entry = (overrides: Partial<CatalogueEntry> = {}): CatalogueEntry => ({
  id: 'sabil.demo.arithmetic',
  version: '1.0.0',
  publisherKeyId: '72705f6fb622ea69',
  titles: { ar: 'الأعداد', fr: 'Les nombres', en: 'Numbers' },
  languages: ['ar', 'fr', 'en'],
  sizeBytes: 303990,
  sha256: 'a'.repeat(64),
  fileName: `${'a'.repeat(64)}.zip`,
  publishedAt: '2030-01-01T00:00:00.000Z',
  ...overrides,
});

const openCatalogue = openTestStorage;

describe(`storage on ${testStorageKind()}: the pack catalogue`, () => {
  it('records a pack version and reads it back exactly, JSON fields and all', async () => {
    const storage = await openCatalogue();
    expect(await storage.publishPack(entry())).toEqual({ kind: 'published' });
    expect(await storage.getPack('sabil.demo.arithmetic', '1.0.0')).toEqual(entry());
    expect(await storage.getPack('sabil.demo.arithmetic', '1.0.1')).toBeUndefined();
    await storage.close();
  });

  it('never overwrites a version: a second one with the same id and version reports the first', async () => {
    const storage = await openCatalogue();
    await storage.publishPack(entry());
    const other = entry({ sha256: 'b'.repeat(64), fileName: `${'b'.repeat(64)}.zip` });
    expect(await storage.publishPack(other)).toEqual({ kind: 'exists', current: entry() });
    expect(await storage.listPacks()).toEqual([entry()]);
    await storage.close();
  });

  it('lists every version of every pack, by id and then in publishing order', async () => {
    const storage = await openCatalogue();
    const rows = [
      entry({ id: 'b.pack', version: '2.0.0', publishedAt: '2030-01-02T00:00:00.000Z' }),
      entry({ id: 'b.pack', version: '1.0.0', publishedAt: '2030-01-01T00:00:00.000Z' }),
      entry({ id: 'a.pack', version: '1.0.0' }),
    ];
    for (const row of rows) await storage.publishPack(row);
    expect((await storage.listPacks()).map((row) => `${row.id} ${row.version}`)).toEqual(['a.pack 1.0.0', 'b.pack 1.0.0', 'b.pack 2.0.0']);
    await storage.close();
  });
});
