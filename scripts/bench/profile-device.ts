/**
 * Where the device figures spend their time (docs/performance.md): in Chromium, through the app's
 * own modules on Vite's dev server, pack import stage by stage (Blob reads, unzip and checks,
 * signature, SHA-256, IndexedDB writes) and outbox append against raw IndexedDB doing the same
 * work step by step (one put, the same three writes, with the app's indexes, through Dexie).
 * `node --import tsx scripts/bench/profile-device.ts` — prints milliseconds; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODULE_PATHS, withAppModulesPage, type DbModule, type DeviceModule, type EventsModule, type PackCoreModule, type PacksModule } from './app-modules-page';



const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const APPENDS = Number(process.env.PROFILE_APPENDS) || 1_000;
const IMPORTS = Number(process.env.PROFILE_IMPORTS) || 20;

const dir = mkdtempSync(join(tmpdir(), 'sabil-profile-pack-'));
const packZip = join(dir, 'arithmetic.zip');
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/pack.ts', 'build', 'packs/arithmetic', '--out', packZip, '--key', 'packs/keys/demo-publisher.json'], { cwd: ROOT, stdio: 'ignore' });

try {
  await withAppModulesPage(ROOT, async (page) => {
    const paths = MODULE_PATHS;

    const zipBase64 = readFileSync(packZip).toString('base64');
    const trust: unknown = JSON.parse(readFileSync(new URL('../../packs/keys/demo-publisher.pub.json', import.meta.url), 'utf8'));
    const packStages = await page.evaluate(async ({ p, zip, key, times }) => {
      const dbm = (await import(/* @vite-ignore */ p.db)) as DbModule;
      const repo = (await import(/* @vite-ignore */ p.packs)) as PacksModule;
      const core = (await import(/* @vite-ignore */ p.pack)) as PackCoreModule;
      const bytes = Uint8Array.from(atob(zip), (c) => c.charCodeAt(0));
      const trustedKeys = [core.parsePublicKey(key)];
      const t: Record<string, number> = { dexiePackRowPut: 0, dexieAssetsBulkPut: 0, dexieReadsTx: 0, installCheck: 0, jsonParse: 0, manifestSchema: 0, readZip: 0, readZipBySlices: 0, filesWebBySlices: 0, sourceReadMs: 0, sourceReads: 0, signature: 0, filesNoble: 0, filesWeb: 0, install: 0, whole: 0, rawOneBlob: 0, rawFileBlobs: 0, fileCount: 0 };
      const raw = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(`profile-blob-${crypto.randomUUID()}`, 1);
        open.onupgradeneeded = () => open.result.createObjectStore('blobs');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      });
      const putAll = (blobs: Blob[]) =>
        new Promise<void>((resolve, reject) => {
          const tx = raw.transaction('blobs', 'readwrite');
          blobs.forEach((blob) => tx.objectStore('blobs').put(blob, crypto.randomUUID()));
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error ?? new Error('put failed'));
        });
      for (let i = 0; i < times; i++) {
        const file = new Blob([bytes], { type: 'application/zip' });
        const inner = repo.openPackFile(file);
        // The app's source (read whole once: one Blob read), counting and timing every read made of it.
        const source = {
          size: inner.size,
          read: async (offset: number, length: number) => {
            const s = performance.now();
            const out = await inner.read(offset, length);
            t.sourceReadMs! += performance.now() - s;
            t.sourceReads! += 1;
            return out;
          },
        };
        let s = performance.now();
        const entries = await core.readZipSource(source);
        t.readZip! += performance.now() - s;
        // The same, reading the Blob a slice at a time as every pack was read before this round.
        s = performance.now();
        const sliced = repo.openPackFile(file, { wholeReadMaxBytes: 0 });
        const slicedEntries = await core.readZipSource(sliced);
        t.readZipBySlices! += performance.now() - s;
        s = performance.now();
        const meta = core.readPackMeta(entries);
        t.jsonParse! += performance.now() - s;
        s = performance.now();
        core.verifyManifestSignature(meta.manifestJson, meta.signature, trustedKeys);
        t.signature! += performance.now() - s;
        s = performance.now();
        const manifest = core.parseManifest(meta.manifestJson);
        t.manifestSchema! += performance.now() - s;
        t.fileCount = manifest.files.length;
        s = performance.now();
        await core.verifyFiles(manifest, slicedEntries, undefined, sliced, core.subtleSha256(crypto.subtle));
        t.filesWebBySlices! += performance.now() - s;
        s = performance.now();
        await core.verifyFiles(manifest, entries, undefined, source, core.nobleSha256);
        t.filesNoble! += performance.now() - s;
        s = performance.now();
        await core.verifyFiles(manifest, entries, undefined, source, core.subtleSha256(crypto.subtle));
        t.filesWeb! += performance.now() - s;

        const db = new dbm.SabilDatabase(`profile-pack-${crypto.randomUUID()}`);
        await db.open();
        s = performance.now();
        const verified = await core.verifyPackSource(repo.openPackFile(file), { trustedKeys });
        let v = performance.now();
        core.verifyManifestSignature(verified.manifestJson, verified.signature, [verified.signedBy]);
        core.parseManifest(verified.manifestJson);
        t.installCheck! += performance.now() - v;
        v = performance.now();
        await repo.installPack(db, verified, { manifestJson: verified.manifestJson, signatureJson: verified.signature, source: 'file', now: Date.now(), packFile: file });
        t.install! += performance.now() - v;
        t.whole! += performance.now() - s;
        db.close();
        // The parts of installPack's transaction, each alone on a fresh database.
        const row = { id: 'p', version: '1', publisherKeyId: 'k', manifest: verified.manifest, manifestJson: verified.manifestJson, signatureJson: verified.signature, sizeBytes: 1, installedAt: 1, source: 'file' as const };
        const assetRows = () => verified.manifest.files.map((f) => { const d = verified.files.get(f.path)!; return { sha256: f.sha256, blob: d instanceof Uint8Array ? new Blob([d]) : file.slice(d.offset, d.offset + d.length, f.type), size: f.size, type: f.type, packIds: ['p'] }; });
        const db2 = new dbm.SabilDatabase(`profile-parts-${crypto.randomUUID()}`);
        await db2.open();
        s = performance.now();
        await db2.packs.put(row);
        t.dexiePackRowPut! += performance.now() - s;
        s = performance.now();
        await db2.assets.bulkPut(assetRows());
        t.dexieAssetsBulkPut! += performance.now() - s;
        s = performance.now();
        await db2.transaction('rw', db2.packs, db2.assets, async () => { await db2.packs.get('q'); await db2.assets.bulkGet(['a', 'b']); });
        t.dexieReadsTx! += performance.now() - s;
        db2.close();

        s = performance.now();
        await putAll([new Blob([bytes], { type: 'application/zip' })]);
        t.rawOneBlob! += performance.now() - s;
        // The raw store of what installPack stores: one Blob slice per file, one transaction.
        const slices = [...verified.files.values()].map((data) => (data instanceof Uint8Array ? new Blob([data]) : file.slice(data.offset, data.offset + data.length)));
        s = performance.now();
        await putAll(slices);
        t.rawFileBlobs! += performance.now() - s;
      }
      raw.close();
      const fileCount = t.fileCount ?? 0;
      delete t.fileCount;
      for (const k of Object.keys(t)) t[k] = t[k]! / times;
      return { stages: t, fileCount, size: bytes.byteLength };
    }, { p: paths, zip: zipBase64, key: trust, times: IMPORTS });

    console.log(`Pack import, ${(packStages.size / 1000).toFixed(0)} KB, ${packStages.fileCount} files, ms per import (mean of ${IMPORTS}):`);
    for (const [k, v] of Object.entries(packStages.stages)) console.log(`  ${k.padEnd(20)} ${v.toFixed(2)}`);

    const outbox = await page.evaluate(async ({ p, n }) => {
      const dbm = (await import(/* @vite-ignore */ p.db)) as DbModule;
      const device = (await import(/* @vite-ignore */ p.device)) as DeviceModule;
      const events = (await import(/* @vite-ignore */ p.events)) as EventsModule;
      const learnerId = crypto.randomUUID();
      const data = { packId: 'sabil.demo', packVersion: '1.0.0', quizId: 'q1', itemId: 'i1', skills: ['add'], correct: true, attempt: 1, answer: { type: 'numeric', input: '٣' } };
      const clock = { now: () => Date.now(), newId: () => crypto.randomUUID() };
      const eventOf = (seq: number) => ({ id: crypto.randomUUID(), deviceId: 'd', epoch: 1, seq, learnerId, type: 'quiz.answered', at: Date.now(), data });
      const openRaw = (indexes: boolean) =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(`profile-raw-${crypto.randomUUID()}`, 1);
          open.onupgradeneeded = () => {
            const ev = open.result.createObjectStore('events', { keyPath: 'id' });
            const ob = open.result.createObjectStore('outbox', { keyPath: 'id' });
            open.result.createObjectStore('device', { keyPath: 'key' }).put({ key: 'identity', deviceId: 'd', epoch: 1, nextSeq: 1, createdAt: 0 });
            if (indexes) {
              ev.createIndex('learnerId', 'learnerId');
              ev.createIndex('[deviceId+epoch+seq]', ['deviceId', 'epoch', 'seq']);
              ev.createIndex('[learnerId+type]', ['learnerId', 'type']);
              ob.createIndex('learnerId', 'learnerId');
            }
          };
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error ?? new Error('open failed'));
        });
      const done = (tx: IDBTransaction) =>
        new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error ?? new Error('tx failed'));
        });
      // Each variant runs a slice of n in turn, ten rounds over: load from elsewhere on a shared
      // machine then falls on all of them alike instead of on whichever ran during it.
      const variants: [string, (i: number) => Promise<unknown>][] = [];
      const onePut = await openRaw(false);
      variants.push(['raw: one put (the bench baseline)', async (i) => {
        const tx = onePut.transaction('events', 'readwrite');
        tx.objectStore('events').put(eventOf(i));
        await done(tx);
      }]);
      // The same work as appendEvent in raw IndexedDB: read the identity, then the three writes.
      for (const indexes of [false, true]) {
        const idb = await openRaw(indexes);
        variants.push([indexes ? 'raw: read + 3 writes, app indexes' : 'raw: read + 3 writes, no indexes', async () => {
          const tx = idb.transaction(['device', 'events', 'outbox'], 'readwrite');
          const get = tx.objectStore('device').get('identity');
          get.onsuccess = () => {
            const identity = get.result as { nextSeq: number };
            const row = eventOf(identity.nextSeq);
            tx.objectStore('events').add(row);
            tx.objectStore('device').put({ ...identity, nextSeq: identity.nextSeq + 1 });
            tx.objectStore('outbox').add({ id: row.id, learnerId });
          };
          await done(tx);
        }]);
      }
      const db = new dbm.SabilDatabase(`profile-outbox-${crypto.randomUUID()}`);
      await device.ensureDeviceIdentity(db, () => crypto.randomUUID(), Date.now());
      variants.push(['appendEvent', () => events.appendEvent(db, { learnerId, type: 'quiz.answered', data }, clock)]);
      // appendEvent with its three writes queued at once instead of one after another (tried: no gain).
      variants.push(['Dexie: appendEvent, writes at once', () =>
        db.transaction('rw', [db.device, db.events, db.outbox], async () => {
          const identity = await db.device.get('identity');
          if (identity?.key !== 'identity') throw new Error('no identity');
          const row = { ...eventOf(identity.nextSeq), deviceId: identity.deviceId, epoch: identity.epoch };
          await Promise.all([db.events.add(row), db.device.put({ ...identity, nextSeq: identity.nextSeq + 1 }), db.outbox.add({ id: row.id, learnerId: row.learnerId })]);
        })]);
      variants.push(['Dexie: one put in a transaction', (i) => db.transaction('rw', db.outbox, () => db.outbox.put({ id: `x${i}`, learnerId }))]);
      const strictDb = new dbm.SabilDatabase(`profile-strict-${crypto.randomUUID()}`, { durability: 'strict' });
      await device.ensureDeviceIdentity(strictDb, () => crypto.randomUUID(), Date.now());
      variants.push(['appendEvent, strict connection', () => events.appendEvent(strictDb, { learnerId, type: 'quiz.completed', data }, clock)]);

      const ROUNDS = 10;
      const per = Math.ceil(n / ROUNDS);
      const seconds = new Map<string, number>();
      let i = 0;
      for (let round = 0; round < ROUNDS; round++) {
        for (const [name, run] of variants) {
          const s = performance.now();
          for (let k = 0; k < per; k++) await run(i++);
          seconds.set(name, (seconds.get(name) ?? 0) + (performance.now() - s) / 1000);
        }
      }
      db.close();
      strictDb.close();
      const out: Record<string, number> = {};
      for (const [name, sec] of seconds) out[name] = (per * ROUNDS) / sec;
      return out;
    }, { p: paths, n: APPENDS });
    console.log(`Outbox append, ${APPENDS} one after another, per second:`);
    for (const [k, v] of Object.entries(outbox)) console.log(`  ${k.padEnd(40)} ${v.toFixed(0)}`);
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
