/**
 * Reads the numbered SQL migrations that ship beside this module. They are found through
 * import.meta.url, not the working directory, so `npm start` works from any folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { SabilError } from '../../src/core/errors/index';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

const FILE_NAME = /^(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.sql$/;

/** Returns the migrations in order; versions must run 1, 2, 3… with no gap or repeat. */
export function loadMigrations(dir: URL = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir).filter((file) => file.endsWith('.sql')).sort();
  return files.map((file, index) => {
    const match = FILE_NAME.exec(file);
    if (!match?.[1] || !match[2]) throw new SabilError('storage/bad-migration', { file, reason: 'name' });
    const version = Number(match[1]);
    if (version !== index + 1) throw new SabilError('storage/bad-migration', { file, reason: 'sequence' });
    return { version, name: match[2], sql: readFileSync(new URL(file, dir), 'utf8') };
  });
}
