import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blobSource, buildPack, isFileSpan, verifyPack, verifyPackSource, type FileData, type VerifiedPack } from '../core/pack/index';
import { sampleMedia, sampleSource, testKey } from '../core/pack/test-fixtures';
import { SabilDatabase } from './db';
import {
  assetShaForPath, exportPackZip, getAssetBlob, getPack, installPack, listPacks, removePack, type InstallOptions,
} from './packs-repo';

type Source = ReturnType<typeof sampleSource>;
const trustedKeys = [testKey];

/** Builds and verifies a pack: `change` edits the sample source, `media` adds or replaces files. */
async function makePack(change: (source: Source) => void = () => {}, media: Record<string, Uint8Array> = {}): Promise<VerifiedPack> {
  const source = sampleSource();
  change(source);
  const files = new Map<string, Uint8Array>([...sampleMedia(), ...Object.entries(media)]);
  return verifyPack(buildPack(source, files, testKey).bytes, { trustedKeys });
}

function optionsFor(pack: VerifiedPack<FileData>, now = 1_000): InstallOptions {
  return { manifestJson: pack.manifestJson, signatureJson: pack.signature, source: 'file', now };
}

/** The sample with another id whose video is its own: it shares the image and both audio files. */
const otherPack = () =>
  makePack((s) => {
    s.id = 'sabil.test.other';
    s.lessons[0]!.blocks[3] = { type: 'video', file: 'media/other.mp4', caption: { ar: 'v', fr: 'v', en: 'v' } };
  }, { 'media/other.mp4': new Uint8Array(700).fill(7) });

/** Version 1.1.0 of the sample, whose video changed. */
const newerSample = () => makePack((s) => (s.version = '1.1.0'), { 'media/count.mp4': new Uint8Array(800).fill(8) });

const shaOf = (pack: VerifiedPack<FileData>, path: string) => assetShaForPath(pack, path)!;
const storedShas = async () => (await db.assets.toCollection().primaryKeys()).sort();
const shasOf = (...packs: VerifiedPack[]) => [...new Set(packs.flatMap((p) => p.manifest.files.map((f) => f.sha256)))].sort();

let db: SabilDatabase;
beforeEach(async () => {
  db = new SabilDatabase(`test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('installPack', () => {
  it('stores the pack row and every file as a typed Blob with its bytes', async () => {
    const pack = await makePack();
    await installPack(db, pack, { ...optionsFor(pack, 42), source: 'server' });

    const [row] = await listPacks(db);
    expect(row).toMatchObject({ id: 'sabil.test.sample', version: '1.0.0', publisherKeyId: testKey.keyId, installedAt: 42, source: 'server' });
    expect(row!.manifest).toEqual(pack.manifest);
    expect(row!.manifestJson).toEqual(pack.manifestJson);
    expect(row!.signatureJson).toEqual(pack.signature);
    expect(row!.sizeBytes).toBe([...sampleMedia().values()].reduce((sum, bytes) => sum + bytes.length, 0));
    for (const file of pack.manifest.files) {
      const blob = await getAssetBlob(db, shaOf(pack, file.path));
      expect(blob?.type).toBe(file.type);
      expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(sampleMedia().get(file.path));
    }
    expect(await getPack(db, 'sabil.test.sample')).toEqual(row);
  });

  it('stores the media of a pack verified from a chosen file as slices of that file, with their bytes', async () => {
    const chosen = new Blob([buildPack(sampleSource(), sampleMedia(), testKey).bytes]);
    const pack = await verifyPackSource(blobSource(chosen), { trustedKeys });
    expect([...pack.files.values()].every(isFileSpan)).toBe(true);
    await installPack(db, pack, { ...optionsFor(pack), packFile: chosen });

    for (const file of pack.manifest.files) {
      const blob = await getAssetBlob(db, shaOf(pack, file.path));
      expect(blob?.type).toBe(file.type);
      expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(sampleMedia().get(file.path));
    }
    const [row] = await listPacks(db);
    expect(row!.manifest).toEqual(pack.manifest);
  });

  it('refuses spans without the file they point into, storing nothing', async () => {
    const chosen = new Blob([buildPack(sampleSource(), sampleMedia(), testKey).bytes]);
    const pack = await verifyPackSource(blobSource(chosen), { trustedKeys });
    await expect(installPack(db, pack, optionsFor(pack))).rejects.toThrow(/spans need the pack file/);
    expect(await listPacks(db)).toEqual([]);
    expect(await storedShas()).toEqual([]);
  });

  it('stores a file two packs share once, and keeps it until neither pack is left', async () => {
    const sample = await makePack();
    const other = await otherPack();
    await installPack(db, sample, optionsFor(sample));
    await installPack(db, other, optionsFor(other));
    expect(await storedShas()).toEqual(shasOf(sample, other));
    expect(await db.assets.count()).toBe(5);
    const shared = await db.assets.get(shaOf(sample, 'media/apples.webp'));
    expect(shared?.packIds).toEqual(['sabil.test.sample', 'sabil.test.other']);

    await removePack(db, 'sabil.test.sample');
    expect(await storedShas()).toEqual(shasOf(other));
    expect((await db.assets.get(shaOf(sample, 'media/apples.webp')))?.packIds).toEqual(['sabil.test.other']);

    await removePack(db, 'sabil.test.other');
    expect(await db.assets.count()).toBe(0);
    expect(await listPacks(db)).toEqual([]);
  });

  it('replaces an older version and drops the files only it used', async () => {
    const v1 = await makePack();
    const v2 = await newerSample();
    await installPack(db, v1, optionsFor(v1));
    await installPack(db, v2, optionsFor(v2, 2_000));
    expect((await listPacks(db)).map((p) => [p.id, p.version, p.installedAt])).toEqual([['sabil.test.sample', '1.1.0', 2_000]]);
    expect(await storedShas()).toEqual(shasOf(v2));
    expect(await getAssetBlob(db, shaOf(v1, 'media/count.mp4'))).toBeUndefined();
  });

  it('keeps a replaced file that another pack still uses', async () => {
    const v1 = await makePack();
    const other = await otherPack();
    const v2 = await makePack((s) => (s.version = '2.0.0'), { 'media/apples.webp': new Uint8Array(10).fill(1) });
    for (const pack of [v1, other, v2]) await installPack(db, pack, optionsFor(pack));
    expect((await db.assets.get(shaOf(v1, 'media/apples.webp')))?.packIds).toEqual(['sabil.test.other']);
    expect(await storedShas()).toEqual(shasOf(v2, other));
  });

  it('refuses an older version over a newer one and keeps the newer one whole', async () => {
    const v1 = await makePack();
    const v2 = await newerSample();
    await installPack(db, v2, optionsFor(v2));
    await expect(installPack(db, v1, optionsFor(v1))).rejects.toMatchObject({
      code: 'pack/older-version',
      params: { packId: 'sabil.test.sample', installed: '1.1.0', offered: '1.0.0' },
    });
    expect((await getPack(db, 'sabil.test.sample')).version).toBe('1.1.0');
    expect(await storedShas()).toEqual(shasOf(v2));
  });

  it('installs the same version again without doubling anything', async () => {
    const pack = await makePack();
    await installPack(db, pack, optionsFor(pack, 1));
    await installPack(db, pack, optionsFor(pack, 2));
    expect((await listPacks(db)).map((p) => p.installedAt)).toEqual([2]);
    expect((await db.assets.toArray()).every((a) => a.packIds.length === 1)).toBe(true);
  });

  it('leaves nothing behind when the transaction fails after the files were written', async () => {
    const pack = await makePack();
    db.packs.hook('creating', () => {
      throw new Error('power cut');
    });
    await expect(installPack(db, pack, optionsFor(pack))).rejects.toMatchObject({ code: 'storage/failed' });
    expect(await db.packs.count()).toBe(0);
    expect(await db.assets.count()).toBe(0);
  });

  it('keeps the old version whole when installing the new one fails', async () => {
    const v1 = await makePack();
    const v2 = await newerSample();
    await installPack(db, v1, optionsFor(v1));
    db.packs.hook('updating', () => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    await expect(installPack(db, v2, optionsFor(v2))).rejects.toMatchObject({ code: 'storage/quota-exceeded' });
    expect((await getPack(db, 'sabil.test.sample')).version).toBe('1.0.0');
    expect(await storedShas()).toEqual(shasOf(v1));
    expect((await db.assets.toArray()).map((a) => a.packIds)).toEqual(shasOf(v1).map(() => ['sabil.test.sample']));
  });

  it('refuses a manifest and signature that are not the ones verified', async () => {
    const sample = await makePack();
    const other = await otherPack();
    await expect(installPack(db, sample, { ...optionsFor(sample), manifestJson: other.manifestJson })).rejects.toMatchObject({ code: 'pack/bad-signature' });
    await expect(installPack(db, sample, { ...optionsFor(sample), manifestJson: other.manifestJson, signatureJson: other.signature })).rejects.toMatchObject({ code: 'pack/bad-signature' });
    expect(await db.packs.count()).toBe(0);
  });
});

describe('reading installed packs', () => {
  it('names a pack that is not installed', async () => {
    await expect(getPack(db, 'nope')).rejects.toMatchObject({ code: 'pack/not-installed', params: { packId: 'nope' } });
    await expect(exportPackZip(db, 'nope')).rejects.toMatchObject({ code: 'pack/not-installed' });
    await expect(removePack(db, 'nope')).resolves.toBeUndefined();
  });

  it('finds a file by its path in the manifest', async () => {
    const pack = await makePack();
    expect(assetShaForPath(pack, 'media/count.mp4')).toBe(pack.manifest.files.find((f) => f.path === 'media/count.mp4')?.sha256);
    expect(assetShaForPath(pack, 'media/none.mp4')).toBeUndefined();
  });
});

describe('exportPackZip', () => {
  it('makes a zip that verifyPack accepts with the same key, holding the same manifest and files', async () => {
    const pack = await makePack();
    await installPack(db, pack, optionsFor(pack));
    const again = await verifyPack(await exportPackZip(db, pack.manifest.id), { trustedKeys });
    expect(again.manifest).toEqual(pack.manifest);
    expect(again.manifestJson).toEqual(pack.manifestJson);
    expect(again.signedBy.keyId).toBe(testKey.keyId);
    expect(new Map([...again.files].map(([path, bytes]) => [path, new Uint8Array(bytes)]))).toEqual(sampleMedia());
  });
});
