import { existsSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFileTree } from '../../server/testing/temp-dir';
import { BUILD_STAMP, buildIfStale, checkBuild, writeBuildStamp } from './build-if-stale';

const DAY_MS = 24 * 60 * 60 * 1000;
const PAST = new Date(Date.now() - 3 * DAY_MS);
const LATER = new Date(Date.now() - 2 * DAY_MS);

/** A project whose every file is dated PAST, with a build stamped at `stampedAt`. */
function project(stampedAt?: Date) {
  const root = makeFileTree({ 'src/main.tsx': 'x', 'locales/ar/app.json': '{}', 'package.json': '{}', 'dist/index.html': '<!doctype html>' });
  for (const path of ['src/main.tsx', 'src', 'locales/ar/app.json', 'locales/ar', 'locales', 'package.json']) utimesSync(join(root, path), PAST, PAST);
  if (stampedAt) writeBuildStamp(join(root, 'dist'), stampedAt);
  return root;
}

describe('checkBuild', () => {
  it('asks for a build when there is no dist/index.html', () => {
    const root = project(LATER);
    rmSync(join(root, 'dist', 'index.html'));
    expect(checkBuild(root)).toEqual({ isStale: true, reason: 'there is no build yet' });
  });

  it('asks for a build when there is no stamp', () => {
    expect(checkBuild(project())).toEqual({ isStale: true, reason: 'the build has no stamp' });
  });

  it('is satisfied when every input is older than the stamp', () => {
    expect(checkBuild(project(LATER))).toEqual({ isStale: false });
  });

  it('names the first input that changed after the build started', () => {
    const root = project(LATER);
    const edited = new Date(Date.now() - DAY_MS);
    utimesSync(join(root, 'locales/ar/app.json'), edited, edited);
    expect(checkBuild(root)).toEqual({ isStale: true, reason: 'locales/ar/app.json changed' });
  });

  it('notices a new file through its folder', () => {
    const root = project(LATER);
    mkdirSync(join(root, 'sw'));
    writeFileSync(join(root, 'sw', 'sw.ts'), '');
    expect(checkBuild(root).isStale).toBe(true);
  });
});

describe('buildIfStale', () => {
  it('builds, then stamps the build with its start time', async () => {
    const root = project();
    let builds = 0;
    const built = await buildIfStale(root, async () => void builds++, () => undefined);
    expect(built).toBe(true);
    expect(builds).toBe(1);
    expect(existsSync(join(root, 'dist', BUILD_STAMP))).toBe(true);
    expect(await buildIfStale(root, async () => void builds++, () => undefined)).toBe(false);
    expect(builds).toBe(1);
  });

  it('writes no stamp when the build fails', async () => {
    const root = project();
    await expect(buildIfStale(root, () => Promise.reject(new Error('syntax error')), () => undefined)).rejects.toThrow('syntax error');
    expect(existsSync(join(root, 'dist', BUILD_STAMP))).toBe(false);
  });
});
