/**
 * Rules for entry names and kinds, checked before a byte of the entry is inflated.
 * They hold for every entry, listed or not, so no later code ever sees a dangerous name.
 */
import { SabilError } from '../errors';
import type { CentralEntry } from './zip-structure';

const MAX_PATH_LENGTH = 255;
const UNIX_HOST = 3;
const TYPE_MASK = 0o170000;
const REGULAR_FILE = 0o100000;
const DIRECTORY = 0o040000;
const SYMLINK = 0o120000;
const DOS_DIRECTORY_BIT = 0x10;

// Control characters, and the bidi overrides that make a name display as something else.
const FORBIDDEN_CHARACTERS = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u;

export function isDirectoryEntry(entry: CentralEntry): boolean {
  return entry.name.endsWith('/');
}

export function checkEntryPath(name: string): void {
  if (name.length === 0 || name.length > MAX_PATH_LENGTH) {
    throw new SabilError('pack/unsafe-path', { path: name, reason: 'length' });
  }
  if (name.includes('\\')) throw new SabilError('pack/unsafe-path', { path: name, reason: 'backslash' });
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) throw new SabilError('pack/absolute-path', { path: name });
  if (FORBIDDEN_CHARACTERS.test(name)) throw new SabilError('pack/unsafe-path', { path: name, reason: 'character' });
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  if (segments.includes('..')) throw new SabilError('pack/path-traversal', { path: name });
  if (segments.some((segment) => segment === '' || segment === '.')) {
    throw new SabilError('pack/unsafe-path', { path: name, reason: 'empty-segment' });
  }
}

/** Only regular files and (empty) directories; the mode is meaningful only from Unix hosts. */
export function checkEntryKind(entry: CentralEntry): void {
  const isDirectory = isDirectoryEntry(entry);
  if (entry.madeBy === UNIX_HOST) {
    const type = (entry.externalAttrs >>> 16) & TYPE_MASK;
    if (type === SYMLINK) throw new SabilError('pack/symlink', { path: entry.name });
    const expected = isDirectory ? DIRECTORY : REGULAR_FILE;
    if (type !== 0 && type !== expected) throw new SabilError('pack/special-file', { path: entry.name });
  }
  if (!isDirectory && entry.externalAttrs & DOS_DIRECTORY_BIT) {
    throw new SabilError('pack/special-file', { path: entry.name });
  }
  if (isDirectory && entry.size !== 0) throw new SabilError('pack/special-file', { path: entry.name });
}

/**
 * The name two entries would share on a device that normalises names: NFKC (macOS writes NFD,
 * fullwidth and ligature forms look like the letters they stand for), then lower case
 * (Windows and macOS file systems ignore case). Pack paths are ASCII, so no real pack collides.
 */
function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().normalize('NFKC');
}

/** One entry per name, exactly and once names are normalised: otherwise which one is read depends on the reader. */
export function checkUniqueNames(entries: readonly CentralEntry[]): void {
  const byKey = new Map<string, string>();
  for (const { name } of entries) {
    const key = nameKey(name);
    const other = byKey.get(key);
    if (other === name) throw new SabilError('pack/duplicate-entry', { path: name });
    if (other !== undefined) throw new SabilError('pack/duplicate-normalised-entry', { path: name, other });
    byKey.set(key, name);
  }
}
