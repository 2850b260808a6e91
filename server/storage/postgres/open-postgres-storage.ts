/**
 * PostgreSQL, for several server instances sharing one database: chosen by
 * DATABASE_URL=postgres://… (server/storage/open-storage.ts). It runs the same numbered migrations
 * as SQLite and keeps nothing in memory that another instance would need. One file per area, as
 * in sqlite/: catalogue, accounts, devices, roster, sync (ingest and pull).
 */
import pg from 'pg';
import { SabilError } from '../../../src/core/errors/index';
import { loadMigrations, type Migration } from '../load-migrations';
import { CREATE_SCHEMA_MIGRATIONS, planMigrations } from '../plan-migrations';
import type { AppliedMigration, Storage } from '../storage';
import { postgresAccounts } from './postgres-accounts';
import { postgresCatalogue } from './postgres-catalogue';
import { postgresDevices } from './postgres-devices';
import { postgresIngest } from './postgres-ingest';
import { postgresPull } from './postgres-pull';
import { postgresReports } from './postgres-reports';
import { postgresRoster } from './postgres-roster';
import { allRows, inTransaction, oneRow, run } from './postgres-rows';

export interface PostgresStorageOptions {
  /** postgres://user:password@host:port/database; never logged, since it may hold a password. */
  url: string;
  /** Tests pass their own list; the server uses the files in storage/migrations. */
  migrations?: readonly Migration[];
  now?: () => Date;
  /** Connections this instance may hold at once. */
  maxConnections?: number;
  /** An idle connection failed (the database restarted): the pool replaces it; this only reports it. */
  onIdleError?: (error: Error) => void;
}

/** Any constant will do: every instance of Sabil takes this lock to migrate, one at a time. */
const MIGRATION_LOCK = 7_362_245_111;

/** Failures that mean "cannot reach or enter the database", not a bug: refused, unknown host, bad password, no such database. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', '28P01', '28000', '3D000', '57P03']);

export function openPostgresStorage(options: PostgresStorageOptions): Storage {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 10_000,
    application_name: 'sabil',
  });
  pool.on('error', (error) => options.onIdleError?.(error));
  const known = options.migrations ?? loadMigrations();
  const now = options.now ?? (() => new Date());
  let isClosed = false;

  const migrate = () =>
    // DDL is transactional in PostgreSQL: all pending migrations commit together or not at all.
    inTransaction(pool, async (db): Promise<AppliedMigration[]> => {
      // Instances starting together wait here, so only the first applies each migration.
      await db.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await db.query(CREATE_SCHEMA_MIGRATIONS);
      const applied = await allRows<AppliedMigration>(db, 'SELECT version, name FROM schema_migrations ORDER BY version');
      const pending = planMigrations(known, applied);
      for (const migration of pending) {
        await db.query(migration.sql); // no parameters: sent as one simple query, several statements allowed
        await run(db, 'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', migration.version, migration.name, now().toISOString());
      }
      return pending.map(({ version, name }) => ({ version, name }));
    });

  return {
    kind: 'postgres',
    migrate: () => migrate().catch((error: unknown) => Promise.reject(toUnavailable(error))),
    checkHealth: async () => {
      try {
        await pool.query('SELECT 1');
      } catch (error) {
        throw new SabilError('storage/unavailable', { kind: 'postgres' }, { cause: error });
      }
    },
    ensureInstanceId: async (candidate) => {
      await run(pool, "INSERT INTO server_meta (key, value) VALUES ('instance_id', ?) ON CONFLICT (key) DO NOTHING", candidate);
      return (await oneRow<{ value: string }>(pool, "SELECT value FROM server_meta WHERE key = 'instance_id'"))!.value; // inserted just above, or before
    },
    ...postgresCatalogue(pool),
    ...postgresAccounts(pool),
    ...postgresDevices(pool),
    ...postgresRoster(pool),
    ingestEvents: postgresIngest(pool),
    ...postgresPull(pool),
    ...postgresReports(pool),
    close: async () => {
      if (isClosed) return;
      isClosed = true;
      await pool.end();
    },
  };
}

/** Turns "cannot reach the database" into `storage/unavailable`, which start-up explains in one line. */
function toUnavailable(error: unknown): unknown {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const isTimeout = error instanceof Error && /timeout/i.test(error.message);
  if (!UNREACHABLE.has(code) && !isTimeout) return error;
  return new SabilError('storage/unavailable', { kind: 'postgres', reason: code || 'timeout' }, { cause: error });
}
