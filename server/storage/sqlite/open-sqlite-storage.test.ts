import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../testing/temp-dir';
import { loadMigrations } from '../load-migrations';
import { openSqliteStorage, SQLITE_FILE_NAME } from './open-sqlite-storage';

// What every backend does (migrations, instance id, health) is in ../storage-contract-*.test.ts.
describe('openSqliteStorage', () => {
  it('creates DATA_DIR and sabil.db in it, with WAL, synchronous=FULL, foreign keys and a busy timeout', async () => {
    const dataDir = join(makeTempDir(), 'nested', 'data');
    const storage = openSqliteStorage({ dataDir });
    await storage.migrate();
    await storage.close();

    // Journal mode is stored in the file; the others are per connection, so read them on ours.
    const db = new Database(join(dataDir, SQLITE_FILE_NAME), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('sets the per-connection pragmas on its own connection', async () => {
    const dataDir = makeTempDir();
    const storage = openSqliteStorage({ dataDir });
    const pragmas = await readPragmasThroughMigration(dataDir);
    expect(pragmas).toEqual({ synchronous: 2, foreign_keys: 1, busy_timeout: 5000, journal_mode: 'wal' });
    await storage.close();
  });

  it('applies each migration once and records it in schema_migrations', async () => {
    const dataDir = makeTempDir();
    const now = () => new Date('2030-01-01T00:00:00.000Z');
    const shipped = loadMigrations().map(({ version, name }) => ({ version, name }));
    const first = openSqliteStorage({ dataDir, now });
    expect(await first.migrate()).toEqual(shipped);
    expect(shipped[0]).toEqual({ version: 1, name: 'initial' });
    expect(await first.migrate()).toEqual([]);
    await first.close();

    const again = openSqliteStorage({ dataDir, now });
    expect(await again.migrate()).toEqual([]);
    await again.close();

    const db = new Database(join(dataDir, SQLITE_FILE_NAME), { readonly: true });
    expect(db.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all()).toEqual(
      shipped.map((migration) => ({ ...migration, applied_at: '2030-01-01T00:00:00.000Z' })),
    );
    db.close();
  });

  it('refuses a DATA_DIR under a regular file with storage/data-dir-unwritable', () => {
    const file = join(makeTempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    const dataDir = join(file, 'data');
    expect(() => openSqliteStorage({ dataDir })).toThrow(expect.objectContaining({ code: 'storage/data-dir-unwritable', params: { path: dataDir } }));
  });
});

/** Runs a migration that copies the connection's pragmas into a table, then reads it back. */
async function readPragmasThroughMigration(dataDir: string) {
  const shipped = loadMigrations();
  const probe = {
    version: shipped.length + 1,
    name: 'probe',
    sql: `CREATE TABLE probe AS SELECT
      (SELECT synchronous FROM pragma_synchronous) AS synchronous,
      (SELECT foreign_keys FROM pragma_foreign_keys) AS foreign_keys,
      (SELECT timeout FROM pragma_busy_timeout) AS busy_timeout,
      (SELECT journal_mode FROM pragma_journal_mode) AS journal_mode;`,
  };
  const storage = openSqliteStorage({ dataDir, migrations: [...shipped, probe] });
  await storage.migrate();
  await storage.close();
  const db = new Database(join(dataDir, SQLITE_FILE_NAME), { readonly: true });
  const row = db.prepare('SELECT * FROM probe').get();
  db.close();
  return row;
}
