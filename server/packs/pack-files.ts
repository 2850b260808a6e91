/**
 * Where published zips live: `<DATA_DIR>/packs/<sha256>.zip`. Named by content, so one file
 * serves every catalogue row with those bytes and a name never points at other bytes.
 * Written to a temporary file, flushed, then renamed: a crash leaves either no file or a whole
 * one (and at worst a `.tmp` file, which nothing reads), never half a pack under its real name.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const PACKS_FOLDER = 'packs';

export function packsDirOf(dataDir: string): string {
  return join(dataDir, PACKS_FOLDER);
}

export function packFileName(sha256: string): string {
  return `${sha256}.zip`;
}

export async function writePackFile(packsDir: string, fileName: string, bytes: Uint8Array): Promise<void> {
  await mkdir(packsDir, { recursive: true });
  const temporary = join(packsDir, `.${fileName}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, join(packsDir, fileName));
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(packsDir);
}

/** True when `fileName` is in the folder with exactly `size` bytes. */
export async function hasPackFile(packsDir: string, fileName: string, size: number): Promise<boolean> {
  const stats = await stat(join(packsDir, fileName)).catch(() => undefined);
  return stats !== undefined && stats.isFile() && stats.size === size;
}

/** Makes the rename itself durable before the catalogue row that names the file is committed. */
async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for syncing; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
