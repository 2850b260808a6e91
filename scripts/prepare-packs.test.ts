import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packsDirOf } from '../server/packs/pack-files';
import { openSqliteStorage } from '../server/storage/sqlite/open-sqlite-storage';
import { makeTempDir } from '../server/testing/temp-dir';
import { preparePacks, type PreparePacksOptions } from './prepare-packs';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function run(options: PreparePacksOptions) {
  const said: string[] = [];
  const warned: string[] = [];
  const prepared = await preparePacks({ say: (line) => said.push(line), warn: (line) => warned.push(line), ...options });
  return { prepared, said, warned };
}

async function readCatalogue(dataDir: string) {
  const storage = openSqliteStorage({ dataDir });
  const packs = await storage.listPacks();
  await storage.close();
  return packs;
}

describe('preparePacks', () => {
  it('builds and publishes both demo packs, then on the next start finds them ready and writes nothing', async () => {
    const dataDir = makeTempDir();
    const first = await run({ dataDir, demo: true });
    expect(first.warned).toEqual([]);
    expect(first.said).toEqual(['demo pack sabil.demo.arithmetic 1.1.0 ready', 'demo pack sabil.demo.reading 1.1.0 ready']);
    expect(first.prepared.map((pack) => pack.status)).toEqual(['published', 'published']);

    const catalogue = await readCatalogue(dataDir);
    expect(catalogue.map((pack) => [pack.id, pack.publisherKeyId])).toEqual([
      ['sabil.demo.arithmetic', '72705f6fb622ea69'],
      ['sabil.demo.reading', '72705f6fb622ea69'],
    ]);
    const packsDir = packsDirOf(dataDir);
    for (const pack of catalogue) expect(sha256(readFileSync(join(packsDir, pack.fileName)))).toBe(pack.sha256);
    const modified = readdirSync(packsDir).map((name) => statSync(join(packsDir, name)).mtimeMs);

    const started = performance.now();
    const second = await run({ dataDir, demo: true });
    const elapsedMs = performance.now() - started;
    expect(second.said).toEqual(first.said);
    expect(second.prepared.map((pack) => pack.status)).toEqual(['unchanged', 'unchanged']);
    expect(await readCatalogue(dataDir)).toEqual(catalogue);
    expect(readdirSync(packsDir).map((name) => statSync(join(packsDir, name)).mtimeMs)).toEqual(modified);
    expect(elapsedMs).toBeLessThan(1000);
  });

  it('does nothing outside demo mode, not even open the database', async () => {
    const dataDir = makeTempDir();
    expect(await run({ dataDir, demo: false })).toEqual({ prepared: [], said: [], warned: [] });
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('keeps the published pack and says why when a source changed without a new version', async () => {
    const dataDir = makeTempDir();
    const packsRoot = makeTempDir();
    writeSource(packsRoot, 'Counting');
    expect((await run({ dataDir, demo: true, packsRoot })).said).toEqual(['demo pack sabil.test.demo 1.0.0 ready']);

    writeSource(packsRoot, 'Counting, edited');
    const edited = await run({ dataDir, demo: true, packsRoot });
    expect(edited.said).toEqual([]);
    expect(edited.warned).toEqual([expect.stringMatching(/^demo pack .*lesson was not published: sabil\.test\.demo 1\.0\.0 is already published with other content; give the changed pack a new version$/)]);
    expect((await readCatalogue(dataDir)).map((pack) => pack.titles.en)).toEqual(['Counting']);
  });
});

function writeSource(packsRoot: string, title: string): void {
  const folder = join(packsRoot, 'lesson');
  mkdirSync(join(folder, 'media'), { recursive: true });
  writeFileSync(join(folder, 'media', 'picture.webp'), new Uint8Array(1024).fill(7));
  const text = (value: string) => ({ en: value });
  const source = {
    id: 'sabil.test.demo',
    version: '1.0.0',
    languages: ['en'],
    title: text(title),
    description: text('A demo pack made by a test'),
    lessons: [{ id: 'one', title: text('One'), blocks: [{ type: 'image', file: 'media/picture.webp', alt: text('A picture') }] }],
  };
  writeFileSync(join(folder, 'pack.source.json'), JSON.stringify(source));
}
