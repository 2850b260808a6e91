/**
 * The storage a test runs on: SQLite in a temp folder, or, in the `postgres` project of
 * vitest.config.ts (SABIL_TEST_STORAGE=postgres), a fresh schema in the test run's PostgreSQL.
 * Either way each test database starts empty, so test files stay independent and run in parallel.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import type { Migration } from '../storage/load-migrations';
import { openPostgresStorage } from '../storage/postgres/open-postgres-storage';
import { openSqliteStorage } from '../storage/sqlite/open-sqlite-storage';
import type { Storage, StorageKind } from '../storage/storage';
import { makeTempDir } from './temp-dir';

export interface OpenOptions {
  migrations?: readonly Migration[];
  now?: () => Date;
}

/** One empty database; `open` may be called again to reopen it, as a restarted server would. */
export interface TestDatabase {
  kind: StorageKind;
  open(options?: OpenOptions): Storage;
  /** PostgreSQL only: the connection string of this database (its schema), for a second pool. */
  url?: string;
  /** SQLite only: the folder of its file, for a second connection. */
  dataDir?: string;
}

export function testStorageKind(): StorageKind {
  return process.env.SABIL_TEST_STORAGE === 'postgres' ? 'postgres' : 'sqlite';
}

const opened: Storage[] = [];
const schemas: string[] = [];
let admin: pg.Pool | undefined;

// Registered when a test file imports this module, so it runs once that file's tests are done.
afterAll(async () => {
  await Promise.all(opened.splice(0).map((storage) => storage.close()));
  for (const schema of schemas.splice(0)) await admin?.query(`DROP SCHEMA ${schema} CASCADE`);
  await admin?.end();
  admin = undefined;
});

export async function newTestDatabase(): Promise<TestDatabase> {
  if (testStorageKind() === 'sqlite') {
    const dataDir = makeTempDir();
    return { kind: 'sqlite', dataDir, open: (options = {}) => track(openSqliteStorage({ dataDir, ...options })) };
  }
  const base = inject('postgresUrl');
  admin ??= new pg.Pool({ connectionString: base, max: 1 });
  const schema = `t_${randomBytes(8).toString('hex')}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  schemas.push(schema);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { kind: 'postgres', url: url.href, open: (options = {}) => track(openPostgresStorage({ url: url.href, ...options })) };
}

/** A new, migrated storage of the kind this test run asks for. */
export async function openTestStorage(): Promise<Storage> {
  const storage = (await newTestDatabase()).open();
  await storage.migrate();
  return storage;
}

function track(storage: Storage): Storage {
  opened.push(storage);
  return storage;
}
