import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
// `npx tsx scripts/pack.ts`, minus npx's startup time and npm's own warnings, and in one process
// (the tsx binary starts a second node): node with tsx's loader.
const node = process.execPath;

type Run = { code: number; stdout: string; stderr: string };

function pack(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(node, ['--import', 'tsx', 'scripts/pack.ts', ...args], { cwd: root, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const lines = (text: string) => text.split('\n').filter(Boolean);
const t = (text: string) => ({ ar: text, en: text });

describe('npm run pack', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sabil-pack-'));
    await mkdir(join(dir, 'source', 'media'), { recursive: true });
    await writeFile(join(dir, 'source', 'media', 'picture.webp'), new Uint8Array(2048).map((_, i) => i % 253));
    const source = {
      id: 'sabil.test.cli',
      version: '1.0.0',
      languages: ['ar', 'en'],
      title: t('CLI'),
      description: t('A pack made by the CLI test'),
      lessons: [
        {
          id: 'one',
          title: t('One'),
          blocks: [
            { type: 'image', file: 'media/picture.webp', alt: t('A picture') },
            { type: 'quiz', id: 'one-quiz', mastery: { m: 1, n: 1 }, items: [{ id: 'q1', type: 'numeric', skills: ['add'], prompt: t('1 + 1'), answer: 2 }] },
          ],
        },
      ],
    };
    await writeFile(join(dir, 'source', 'pack.source.json'), JSON.stringify(source));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('makes a key, builds, verifies, and refuses the pack once a byte is changed', { timeout: 60_000 }, async () => {
    const key = join(dir, 'key.json');
    const keygen = await pack(['keygen', '--out', key, '--name', 'CLI test']);
    expect(keygen.code).toBe(0);
    expect(keygen.stdout).toMatch(/^key id: [0-9a-f]{16}$/m);
    if (process.platform !== 'win32') expect((await stat(key)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(join(dir, 'key.pub.json'), 'utf8'))).not.toHaveProperty('secretKey');
    expect((await pack(['keygen', '--out', key])).code).toBe(2); // never replaces a key

    const zip = join(dir, 'out.zip');
    const build = await pack(['build', join(dir, 'source'), '--out', zip], { SABIL_PACK_KEY: key });
    expect(build).toMatchObject({ code: 0, stderr: '' });
    expect(build.stdout).toMatch(/^built .*out\.zip: sabil\.test\.cli 1\.0\.0 \(1 files, /);

    const verified = await pack(['verify', zip, '--trust', join(dir, 'key.pub.json')]);
    expect(verified.code).toBe(0);
    expect(lines(verified.stdout)).toEqual([expect.stringMatching(/^ok: sabil\.test\.cli 1\.0\.0 \(1 files, [\d.]+ KB\)$/)]);

    const untrusted = await pack(['verify', zip]);
    expect(untrusted.code).toBe(1);
    expect(lines(untrusted.stderr)).toEqual([expect.stringContaining('not trusted')]);

    const bytes = new Uint8Array(await readFile(zip));
    const at = bytes.length - 1200; // inside the stored picture, before the central directory
    bytes[at] = bytes[at]! ^ 0x01;
    await writeFile(zip, bytes);
    const corrupted = await pack(['verify', zip, '--trust', join(dir, 'key.pub.json')]);
    expect(corrupted.code).not.toBe(0);
    expect(corrupted.stdout).toBe('');
    expect(lines(corrupted.stderr)).toEqual([expect.stringContaining('media/picture.webp')]);
  });

  it('explains a broken source in one line, with where', async () => {
    const broken = join(dir, 'broken');
    await mkdir(broken, { recursive: true });
    await writeFile(join(broken, 'pack.source.json'), JSON.stringify({ ...JSON.parse(await readFile(join(dir, 'source', 'pack.source.json'), 'utf8')), title: { en: 'No Arabic' } }));
    const run = await pack(['build', broken, '--out', join(dir, 'broken.zip'), '--key', join(root, 'packs/keys/demo-publisher.json')]);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/pack\.source\.json: .*title/)]);
  });

  it('refuses a source that gives a key twice, naming the key', async () => {
    const twice = join(dir, 'twice');
    await mkdir(twice, { recursive: true });
    const text = await readFile(join(dir, 'source', 'pack.source.json'), 'utf8');
    await writeFile(join(twice, 'pack.source.json'), text.replace('{', () => '{"version":"0.0.1",'));
    const run = await pack(['build', twice, '--out', join(dir, 'twice.zip'), '--key', join(root, 'packs/keys/demo-publisher.json')]);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/pack\.source\.json: pack\.source\.json gives the key "version" twice/)]);
  });
});
