import { accessSync, constants, mkdirSync } from 'node:fs';
import { SabilError } from '../../../src/core/errors/index';

/** The file-system faults that mean "this is not a folder Sabil may write", not a bug. */
const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'ENOENT']);

/** Creates DATA_DIR if needed and makes sure it is a writable folder, before SQLite tries. */
export function ensureDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    throw toDataDirError(error, dataDir);
  }
}

export function toDataDirError(error: unknown, dataDir: string): unknown {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const isUnwritable = UNWRITABLE.has(code) || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY');
  return isUnwritable ? new SabilError('storage/data-dir-unwritable', { path: dataDir }, { cause: error }) : error;
}
