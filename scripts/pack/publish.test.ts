import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serialiseKey } from '../../src/core/pack/index';
import { openSqliteStorage } from '../../server/storage/sqlite/open-sqlite-storage';
import { makeTempDir } from '../../server/testing/temp-dir';
import { makeTestPack, publisherKey } from '../../server/testing/test-packs';

const root = fileURLToPath(new URL('../..', import.meta.url));

type Run = { code: number; stdout: string; stderr: string };

/** `npm run pack -- publish …` without npm (whose warnings would land on stderr). */
function publish(args: string[], env: Record<string, string>): Promise<Run> {
  const clean = { ...process.env, DATA_DIR: '', SABIL_DEMO: '', SABIL_TRUSTED_KEYS: '', ...env };
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/pack.ts', 'publish', ...args], { cwd: root, env: clean }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

function writeFiles() {
  const dir = makeTempDir();
  const zip = join(dir, 'pack.zip');
  const bytes = makeTestPack();
  writeFileSync(zip, bytes);
  const tampered = join(dir, 'tampered.zip');
  const spoilt = bytes.slice();
  const at = spoilt.length - 2000; // inside the stored picture, before the central directory
  spoilt[at] = spoilt[at]! ^ 0x01;
  writeFileSync(tampered, spoilt);
  const key = join(dir, 'publisher.pub.json');
  writeFileSync(key, JSON.stringify(serialiseKey(publisherKey)));
  return { zip, tampered, key, size: bytes.length };
}

const lines = (text: string) => text.split('\n').filter(Boolean);

// Concurrent: each case starts node with tsx, which dominates the run time.
describe.concurrent('npm run pack -- publish', () => {
  const files = writeFiles();

  it('publishes into --data-dir, then says a second publish of the same file changed nothing', async () => {
    const dataDir = makeTempDir();
    const env = { SABIL_DEMO: '0', SABIL_TRUSTED_KEYS: files.key };
    const first = await publish([files.zip, '--data-dir', dataDir], env);
    expect(first).toEqual({ code: 0, stdout: expect.stringMatching(/^published sabil\.test\.catalogue 1\.0\.0 \([\d.]+ KB\) in .+\n$/), stderr: '' });
    const again = await publish([files.zip, '--data-dir', dataDir], env);
    expect(again).toEqual({ code: 0, stdout: expect.stringMatching(/^already published: sabil\.test\.catalogue 1\.0\.0 .*nothing changed\n$/), stderr: '' });

    const storage = openSqliteStorage({ dataDir });
    expect(await storage.listPacks()).toEqual([expect.objectContaining({ id: 'sabil.test.catalogue', sizeBytes: files.size })]);
    await storage.close();
  });

  it('publishes into DATA_DIR when no --data-dir is given', async () => {
    const dataDir = makeTempDir();
    const run = await publish([files.zip], { DATA_DIR: dataDir, SABIL_TRUSTED_KEYS: files.key });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`in ${dataDir}`);
  });

  it('refuses a damaged pack with exit 1 and one line, and records nothing', async () => {
    const dataDir = makeTempDir();
    const run = await publish([files.tampered, '--data-dir', dataDir], { SABIL_TRUSTED_KEYS: files.key });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toEqual([expect.stringContaining('media/picture.webp')]);
    const storage = openSqliteStorage({ dataDir });
    await storage.migrate();
    expect(await storage.listPacks()).toEqual([]);
    await storage.close();
  });

  it('exits 2 with one line for a file that does not exist', async () => {
    const run = await publish([join(makeTempDir(), 'none.zip'), '--data-dir', makeTempDir()], {});
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/^cannot read .*none\.zip: no such file or folder$/)]);
  });
});
