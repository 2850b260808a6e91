/**
 * Decides whether dist/ is older than the sources and, if so, runs the Vite build.
 * dist/.build-stamp is written after a successful build with the time the build *started*,
 * so a file saved while the build ran still counts as newer and triggers the next build.
 */
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the client build reads. Folders are walked; their own mtime catches deleted files. */
export const BUILD_INPUTS = ['src', 'sw', 'locales', 'public', 'index.html', 'vite.config.ts', 'package.json'];
export const BUILD_STAMP = '.build-stamp';

export type Staleness = { isStale: false } | { isStale: true; reason: string };

export function checkBuild(root: string, outDir = join(root, 'dist')): Staleness {
  if (!existsSync(join(outDir, 'index.html'))) return { isStale: true, reason: 'there is no build yet' };
  const stamp = statOrUndefined(join(outDir, BUILD_STAMP));
  if (!stamp) return { isStale: true, reason: 'the build has no stamp' };
  for (const input of BUILD_INPUTS) {
    const changed = findNewer(join(root, input), stamp.mtimeMs);
    if (changed) return { isStale: true, reason: `${relative(root, changed)} changed` };
  }
  return { isStale: false };
}

export function writeBuildStamp(outDir: string, startedAt: Date): void {
  const path = join(outDir, BUILD_STAMP);
  writeFileSync(path, startedAt.toISOString() + '\n');
  utimesSync(path, startedAt, startedAt);
}

/** Runs `build` when dist/ is stale; returns whether it built. */
export async function buildIfStale(root: string, build: () => Promise<unknown>, say: (line: string) => void): Promise<boolean> {
  const staleness = checkBuild(root);
  if (!staleness.isStale) return false;
  say(`Building the app, because ${staleness.reason}…`);
  const startedAt = new Date();
  await build();
  writeBuildStamp(join(root, 'dist'), startedAt);
  return true;
}

function findNewer(path: string, thanMs: number): string | undefined {
  const stats = statOrUndefined(path);
  if (!stats) return undefined;
  if (stats.mtimeMs > thanMs) return path;
  if (!stats.isDirectory()) return undefined;
  for (const entry of readdirSync(path)) {
    const newer = findNewer(join(path, entry), thanMs);
    if (newer) return newer;
  }
  return undefined;
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
