/**
 * Device-side figures in Chromium, through the app's own modules served by Vite's dev server
 * (the build bundles them, so a page cannot import them one by one): outbox append through
 * `appendEvent` against a raw IndexedDB put in the same page, and pack import (unzip → verify →
 * store: `openPackFile` → `verifyPackSource` → `installPack`) against a raw IndexedDB put of a
 * Blob of the same bytes. Each side runs in turns with the other (ten rounds), so load from
 * elsewhere on a shared machine falls on both alike. Two informative figures show the floor of
 * the work itself: raw IndexedDB doing appendEvent's read and three writes, and raw IndexedDB
 * storing the pack's files as Blobs in one transaction. Nothing new is exposed in the app.
 */
import { readFileSync } from 'node:fs';
import { MODULE_PATHS, withAppModulesPage, type DbModule, type DeviceModule, type EventsModule, type PackCoreModule, type PacksModule } from './app-modules-page';


export interface BrowserStorage {
  appends: number;
  appendPerSec: number;
  rawPutPerSec: number;
  /** Raw IndexedDB doing appendEvent's work: the identity read and the three writes, with the app's indexes. */
  rawSameWorkPerSec: number;
  packBytes: number;
  packImports: number;
  importMBps: number;
  /** Share of the import spent in unzip + verify (the rest is storing). */
  verifyShare: number;
  rawBlobMBps: number;
  /** Raw IndexedDB storing the pack's files as Blob slices of the file, one transaction (what installPack stores). */
  rawFileBlobsMBps: number;
}

const ROUNDS = 10;

export async function measureBrowserStorage(root: string, options: { appends: number; packZip: string; packImports: number }): Promise<BrowserStorage> {
  return withAppModulesPage(root, async (page) => {
    const paths = MODULE_PATHS;

    const outbox = await page.evaluate(async ({ p, n, rounds }) => {
      // The modules' own types: import() of a URL string is untyped.
      const dbm = (await import(/* @vite-ignore */ p.db)) as DbModule;
      const device = (await import(/* @vite-ignore */ p.device)) as DeviceModule;
      const events = (await import(/* @vite-ignore */ p.events)) as EventsModule;
      const db = new dbm.SabilDatabase(`bench-outbox-${crypto.randomUUID()}`);
      await device.ensureDeviceIdentity(db, () => crypto.randomUUID(), Date.now());
      const learnerId = crypto.randomUUID();
      const data = { packId: 'sabil.demo', packVersion: '1.0.0', quizId: 'q1', itemId: 'i1', skills: ['add'], correct: true, attempt: 1, answer: { type: 'numeric', input: '٣' } };
      const clock = { now: () => Date.now(), newId: () => crypto.randomUUID() };
      const eventOf = (seq: number) => ({ id: crypto.randomUUID(), deviceId: 'd', epoch: 1, seq, learnerId, type: 'quiz.answered', at: Date.now(), data });
      const openRaw = (indexes: boolean) =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(`bench-raw-${crypto.randomUUID()}`, 1);
          open.onupgradeneeded = () => {
            const events = open.result.createObjectStore('events', { keyPath: 'id' });
            if (!indexes) return;
            // The app's stores and indexes (src/data/db.ts), for the informative same-work figure.
            events.createIndex('learnerId', 'learnerId');
            events.createIndex('deviceEpochSeq', ['deviceId', 'epoch', 'seq']);
            events.createIndex('learnerType', ['learnerId', 'type']);
            open.result.createObjectStore('outbox', { keyPath: 'id' }).createIndex('learnerId', 'learnerId');
            open.result.createObjectStore('device', { keyPath: 'key' }).put({ key: 'identity', deviceId: 'd', epoch: 1, nextSeq: 1, createdAt: 0 });
          };
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error ?? new Error('open failed'));
        });
      const done = (tx: IDBTransaction) =>
        new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
        });
      // Raw: one readwrite transaction per event with one put, default durability, as a bare store.
      const bare = await openRaw(false);
      const rawPut = async (i: number) => {
        const tx = bare.transaction('events', 'readwrite');
        tx.objectStore('events').put(eventOf(i + 1));
        await done(tx);
      };
      // Informative: appendEvent's work in raw IndexedDB (read the counter, add the event, put the counter, add the outbox row).
      const same = await openRaw(true);
      const rawSameWork = async () => {
        const tx = same.transaction(['device', 'events', 'outbox'], 'readwrite');
        const get = tx.objectStore('device').get('identity');
        get.onsuccess = () => {
          const identity = get.result as { key: 'identity'; nextSeq: number };
          const row = eventOf(identity.nextSeq);
          tx.objectStore('events').add(row);
          tx.objectStore('device').put({ ...identity, nextSeq: identity.nextSeq + 1 });
          tx.objectStore('outbox').add({ id: row.id, learnerId });
        };
        await done(tx);
      };
      const app = () => events.appendEvent(db, { learnerId, type: 'quiz.answered', data }, clock);
      const sides: [string, (i: number) => Promise<unknown>][] = [['app', app], ['raw', rawPut], ['same', rawSameWork]];
      const seconds: Record<string, number> = { app: 0, raw: 0, same: 0 };
      const per = Math.ceil(n / rounds);
      for (let round = 0, i = 0; round < rounds; round++) {
        for (const [name, run] of sides) {
          const started = performance.now();
          for (let k = 0; k < per; k++) await run(i++);
          seconds[name] = (seconds[name] ?? 0) + (performance.now() - started) / 1000;
        }
      }
      db.close();
      bare.close();
      same.close();
      const count = per * rounds;
      return { count, appendSeconds: seconds.app ?? NaN, rawSeconds: seconds.raw ?? NaN, sameSeconds: seconds.same ?? NaN };
    }, { p: paths, n: options.appends, rounds: ROUNDS });

    const zipBase64 = readFileSync(options.packZip).toString('base64');
    const trust: unknown = JSON.parse(readFileSync(new URL('../../packs/keys/demo-publisher.pub.json', import.meta.url), 'utf8'));
    const packs = await page.evaluate(async ({ p, zip, key, times }) => {
      const dbm = (await import(/* @vite-ignore */ p.db)) as DbModule;
      const repo = (await import(/* @vite-ignore */ p.packs)) as PacksModule;
      const core = (await import(/* @vite-ignore */ p.pack)) as PackCoreModule;
      const bytes = Uint8Array.from(atob(zip), (c) => c.charCodeAt(0));
      const trustedKeys = [core.parsePublicKey(key)];
      const raw = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(`bench-blob-${crypto.randomUUID()}`, 1);
        open.onupgradeneeded = () => open.result.createObjectStore('blobs');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      });
      const putBlobs = (blobs: Blob[]) =>
        new Promise<void>((resolve, reject) => {
          const tx = raw.transaction('blobs', 'readwrite');
          for (const blob of blobs) tx.objectStore('blobs').put(blob, crypto.randomUUID());
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error ?? new Error('put failed'));
        });
      let importSeconds = 0;
      let verifySeconds = 0;
      let rawSeconds = 0;
      let filesSeconds = 0;
      // Import, then the raw put, then the informative raw put of the files, in turns.
      for (let i = 0; i < times; i++) {
        const file = new Blob([bytes], { type: 'application/zip' }); // as a chosen file
        const db = new dbm.SabilDatabase(`bench-pack-${crypto.randomUUID()}`);
        await db.open();
        let started = performance.now();
        const verified = await core.verifyPackSource(repo.openPackFile(file), { trustedKeys });
        verifySeconds += (performance.now() - started) / 1000;
        await repo.installPack(db, verified, { manifestJson: verified.manifestJson, signatureJson: verified.signature, source: 'file', now: Date.now(), packFile: file });
        importSeconds += (performance.now() - started) / 1000;
        db.close();

        const blob = new Blob([bytes], { type: 'application/zip' });
        started = performance.now();
        await putBlobs([blob]);
        rawSeconds += (performance.now() - started) / 1000;

        // What installPack stores, with nothing around it: each file as a Blob slice of the file.
        const slices = [...verified.files.values()].map((data) => (data instanceof Uint8Array ? new Blob([data]) : file.slice(data.offset, data.offset + data.length)));
        started = performance.now();
        await putBlobs(slices);
        filesSeconds += (performance.now() - started) / 1000;
      }
      raw.close();
      return { importSeconds, verifySeconds, rawSeconds, filesSeconds, size: bytes.byteLength };
    }, { p: paths, zip: zipBase64, key: trust, times: options.packImports });

    const mb = (packs.size * options.packImports) / 1e6;
    return {
      appends: outbox.count,
      appendPerSec: outbox.count / outbox.appendSeconds,
      rawPutPerSec: outbox.count / outbox.rawSeconds,
      rawSameWorkPerSec: outbox.count / outbox.sameSeconds,
      packBytes: packs.size,
      packImports: options.packImports,
      importMBps: mb / packs.importSeconds,
      verifyShare: packs.verifySeconds / packs.importSeconds,
      rawBlobMBps: mb / packs.rawSeconds,
      rawFileBlobsMBps: mb / packs.filesSeconds,
    };
  });
}
