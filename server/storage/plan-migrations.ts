import { SabilError } from '../../src/core/errors/index';
import type { AppliedMigration } from './storage';
import type { Migration } from './load-migrations';

/**
 * Decides which migrations still have to run, given those the database has recorded.
 * Refuses a database that a newer Sabil has migrated: running old code on it could
 * write rows the newer schema does not expect.
 */
export function planMigrations(known: readonly Migration[], applied: readonly AppliedMigration[]): Migration[] {
  const newest = known.at(-1)?.version ?? 0;
  for (const record of applied) {
    if (record.version > newest) {
      throw new SabilError('storage/schema-too-new', { found: record.version, known: newest });
    }
    const migration = known.find((candidate) => candidate.version === record.version);
    if (migration && migration.name !== record.name) {
      // A renumbered or renamed file means the shipped history was edited.
      throw new SabilError('storage/bad-migration', { file: `${String(record.version).padStart(3, '0')}-${record.name}.sql`, reason: 'renamed' });
    }
  }
  const done = new Set(applied.map((record) => record.version));
  return known.filter((migration) => !done.has(migration.version));
}

/** Runs before anything else, so both engines can read what was applied. Portable SQL. */
export const CREATE_SCHEMA_MIGRATIONS = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;
