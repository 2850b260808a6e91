/** File system helpers for the pack CLI. */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliFailure } from './cli-failure';
import { describeError } from './messages';

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a folder on the way is a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  EEXIST: 'it already exists; not replacing it',
};

function fsReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return FS_REASONS[code] ?? describeError(error);
}

export async function readBytes(path: string): Promise<Uint8Array<ArrayBuffer>> {
  try {
    // Copied into a fresh ArrayBuffer: a Buffer may be a view into Node's shared pool.
    return new Uint8Array(await readFile(path));
  } catch (cause) {
    throw new CliFailure(`cannot read ${path}: ${fsReason(cause)}`, undefined, { cause });
  }
}

export async function readJsonFile(path: string): Promise<unknown> {
  const text = new TextDecoder().decode(await readBytes(path));
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new CliFailure(`${path}: not valid JSON (${describeError(cause)})`, undefined, { cause });
  }
}

/**
 * Writes beside the target, then renames: a reader (or a USB copy) never sees half a pack.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, path);
  } catch (cause) {
    await rm(temporary, { force: true });
    throw new CliFailure(`cannot write ${path}: ${fsReason(cause)}`, undefined, { cause });
  }
}

/**
 * Creates a file that must not exist yet: a secret key is never overwritten (that would lose a
 * publisher's identity). Not rename-based, as hard links and renames over files vary on FAT sticks.
 */
export async function writeNewFile(path: string, data: string, mode: number): Promise<void> {
  try {
    await writeFile(path, data, { flag: 'wx', mode });
  } catch (cause) {
    throw new CliFailure(`cannot write ${path}: ${fsReason(cause)}`, undefined, { cause });
  }
}
