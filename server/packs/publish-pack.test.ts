import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStorage } from '../storage/sqlite/open-sqlite-storage';
import { makeTempDir } from '../testing/temp-dir';
import { makeTestPack, publicPart, publisherKey, strangerKey } from '../testing/test-packs';
import { packsDirOf } from './pack-files';
import { publishPack, type PublishContext } from './publish-pack';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function makeCatalogue(): Promise<PublishContext> {
  const dataDir = makeTempDir();
  const storage = openSqliteStorage({ dataDir });
  await storage.migrate();
  let tick = 0;
  const now = () => new Date(Date.UTC(2030, 0, 1, 0, 0, tick++));
  return { storage, packsDir: packsDirOf(dataDir), trustedKeys: [publicPart(publisherKey)], now };
}

describe('publishPack', () => {
  it('writes <sha256>.zip with the exact bytes and records the pack', async () => {
    const context = await makeCatalogue();
    const bytes = makeTestPack();
    const result = await publishPack(bytes, context);

    const expected = {
      id: 'sabil.test.catalogue',
      version: '1.0.0',
      publisherKeyId: publisherKey.keyId,
      titles: { ar: 'Catalogue test (ar)', en: 'Catalogue test' },
      languages: ['ar', 'en'],
      sizeBytes: bytes.length,
      sha256: sha256(bytes),
      fileName: `${sha256(bytes)}.zip`,
      publishedAt: '2030-01-01T00:00:00.000Z',
    };
    expect(result).toEqual({ status: 'published', entry: expected });
    expect(await context.storage.getPack('sabil.test.catalogue', '1.0.0')).toEqual(expected);
    expect(await readdir(context.packsDir)).toEqual([expected.fileName]);
    expect(sha256(await readFile(join(context.packsDir, expected.fileName)))).toBe(expected.sha256);
  });

  it('does nothing when the same bytes are published again', async () => {
    const context = await makeCatalogue();
    const bytes = makeTestPack();
    const first = await publishPack(bytes, context);
    const again = await publishPack(bytes, context);
    expect(again).toEqual({ status: 'unchanged', entry: first.entry });
    expect(await context.storage.listPacks()).toEqual([first.entry]);
    expect(await readdir(context.packsDir)).toEqual([first.entry.fileName]);
  });

  it('puts the file back when the same bytes are published after it went missing', async () => {
    const context = await makeCatalogue();
    const bytes = makeTestPack();
    const { entry } = await publishPack(bytes, context);
    await rm(join(context.packsDir, entry.fileName));
    expect((await publishPack(bytes, context)).status).toBe('unchanged');
    expect(sha256(await readFile(join(context.packsDir, entry.fileName)))).toBe(entry.sha256);
  });

  it('refuses other bytes under a published id and version with pack/version-exists', async () => {
    const context = await makeCatalogue();
    const { entry } = await publishPack(makeTestPack(), context);
    await expect(publishPack(makeTestPack({ title: 'Changed without a new version' }), context)).rejects.toMatchObject({
      code: 'pack/version-exists',
      params: { id: 'sabil.test.catalogue', version: '1.0.0' },
    });
    expect(await context.storage.listPacks()).toEqual([entry]);
    expect(await readdir(context.packsDir)).toEqual([entry.fileName]);
  });

  it('publishes a new version beside the old one', async () => {
    const context = await makeCatalogue();
    await publishPack(makeTestPack(), context);
    await publishPack(makeTestPack({ version: '1.1.0', title: 'Better' }), context);
    expect((await context.storage.listPacks()).map((entry) => entry.version)).toEqual(['1.0.0', '1.1.0']);
  });

  it.each([
    ['a changed byte', tamper, 'pack/corrupt-entry'],
    ['a cut-off file', (bytes: Uint8Array) => bytes.slice(0, bytes.length - 100), 'pack/truncated'],
    ['an untrusted publisher', () => makeTestPack({ key: strangerKey }), 'pack/untrusted-key'],
    ['something that is not a zip', () => new TextEncoder().encode('hello'), 'pack/not-a-zip'],
  ])('refuses %s with its pack/ code and writes nothing', async (_name, spoil, code) => {
    const context = await makeCatalogue();
    const bytes = spoil(makeTestPack()) as Uint8Array<ArrayBuffer>; // every variant is a fresh Uint8Array
    await expect(publishPack(bytes, context)).rejects.toMatchObject({ code });
    expect(await readdir(context.packsDir).catch(() => [])).toEqual([]);
    expect(await context.storage.listPacks()).toEqual([]);
  });
});

/** Flips a bit inside the stored picture, before the central directory. */
function tamper(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const at = copy.length - 2000;
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}
