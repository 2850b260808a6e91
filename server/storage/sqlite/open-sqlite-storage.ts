/**
 * The embedded default: one SQLite file, `<DATA_DIR>/sabil.db`, through better-sqlite3.
 * synchronous=FULL because the sync protocol acknowledges an event only once it is on disk;
 * WAL lets reads (reports, health) go on while a push commits.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SabilError } from '../../../src/core/errors/index';
import { loadMigrations, type Migration } from '../load-migrations';
import { CREATE_SCHEMA_MIGRATIONS, planMigrations } from '../plan-migrations';
import type { AppliedMigration, Storage } from '../storage';
import { ensureDataDir, toDataDirError } from './ensure-data-dir';
import { sqliteAccounts } from './sqlite-accounts';
import { sqliteCatalogue } from './sqlite-catalogue';
import { sqliteDevices } from './sqlite-devices';
import { sqliteRoster } from './sqlite-roster';
import { sqliteIngest } from './sqlite-ingest';
import { sqlitePull } from './sqlite-pull';
import { sqliteReports } from './sqlite-reports';

export const SQLITE_FILE_NAME = 'sabil.db';

export interface SqliteStorageOptions {
  dataDir: string;
  /** Tests pass their own list; the server uses the files in storage/migrations. */
  migrations?: readonly Migration[];
  now?: () => Date;
}

export function openSqliteStorage(options: SqliteStorageOptions): Storage {
  ensureDataDir(options.dataDir);
  const db = openDatabase(options.dataDir);
  const known = options.migrations ?? loadMigrations();
  const now = options.now ?? (() => new Date());
  let catalogueMethods: ReturnType<typeof sqliteCatalogue> | undefined;
  const catalogue = () => (catalogueMethods ??= sqliteCatalogue(db));
  const ingest = sqliteIngest(db);

  // IMMEDIATE takes the write lock before reading the list, so two processes starting on the
  // same file cannot both decide to apply the same migration.
  const migrate = db.transaction((): AppliedMigration[] => {
    db.exec(CREATE_SCHEMA_MIGRATIONS);
    const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as AppliedMigration[]; // rows have exactly these two columns
    const pending = planMigrations(known, applied);
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, now().toISOString());
    }
    return pending.map(({ version, name }) => ({ version, name }));
  });

  return {
    kind: 'sqlite',
    migrate: async () => {
      try {
        return migrate.immediate();
      } catch (error) {
        throw toDataDirError(error, options.dataDir);
      }
    },
    checkHealth: async () => {
      try {
        db.prepare('SELECT 1').get();
      } catch (error) {
        throw new SabilError('storage/unavailable', { kind: 'sqlite' }, { cause: error });
      }
    },
    ensureInstanceId: async (candidate) => {
      db.prepare("INSERT INTO server_meta (key, value) VALUES ('instance_id', ?) ON CONFLICT (key) DO NOTHING").run(candidate);
      const row = db.prepare("SELECT value FROM server_meta WHERE key = 'instance_id'").get() as { value: string }; // inserted just above
      return row.value;
    },
    // Prepared lazily: the packs table exists only once migrate() has run.
    publishPack: async (entry) => catalogue().publishPack(entry),
    listPacks: async () => catalogue().listPacks(),
    getPack: async (id, version) => catalogue().getPack(id, version),
    // Statements are prepared per call, so these work on a database migrated after opening.
    ...sqliteAccounts(db),
    ...sqliteDevices(db),
    ...sqliteRoster(db),
    ingestEvents: async (request) => ingest(request),
    ...sqlitePull(db),
    ...sqliteReports(db),
    close: async () => {
      if (db.open) db.close();
    },
  };
}

function openDatabase(dataDir: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(join(dataDir, SQLITE_FILE_NAME));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Waits for a lock held by another connection (a backup, an admin script) instead of failing.
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db?.close();
    throw toDataDirError(error, dataDir);
  }
}
