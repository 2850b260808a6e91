import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createMediaStore } from './media-store';

const sha = 'b'.repeat(64);

/** The page's side: the app's schema, as src/data/db.ts declares it (the worker may not import it). */
function pageDatabase(name: string, withPacks: boolean) {
  const db = new Dexie(name);
  db.version(1).stores({ device: 'key', learners: 'id, createdAt', events: 'id, learnerId, [deviceId+epoch+seq], [learnerId+type]', outbox: 'id, learnerId' });
  if (withPacks) db.version(2).stores({ packs: 'id', assets: 'sha256, *packIds' });
  return db;
}

describe('createMediaStore', () => {
  it('finds nothing, and creates no database, before the app has made one', async () => {
    const find = createMediaStore('media-none');
    expect(await find(sha)).toBeUndefined();
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain('media-none');
  });

  it('finds nothing before version 2, then the stored file once the page has upgraded', async () => {
    const name = 'media-upgrade';
    const v1 = pageDatabase(name, false);
    await v1.open();
    v1.close();
    const find = createMediaStore(name);
    expect(await find(sha)).toBeUndefined();

    // The page upgrades while the worker holds its connection; the worker lets go, then reopens.
    const v2 = pageDatabase(name, true);
    await v2.table('assets').put({ sha256: sha, blob: new Blob(['abc'], { type: 'audio/ogg' }), size: 3, type: 'audio/ogg', packIds: ['p'] });
    const media = await find(sha);
    expect(media?.type).toBe('audio/ogg');
    expect(await media?.blob.text()).toBe('abc');
    expect(await find('c'.repeat(64))).toBeUndefined();
    v2.close();
  });

  it('lets the page delete the database, and then finds nothing', async () => {
    const name = 'media-deleted';
    const page = pageDatabase(name, true);
    await page.table('assets').put({ sha256: sha, blob: new Blob(['abc']), size: 3, type: 'audio/ogg', packIds: ['p'] });
    page.close();
    const find = createMediaStore(name);
    expect(await find(sha)).toBeDefined();
    await Dexie.delete(name);
    expect(await find(sha)).toBeUndefined();
  });
});
