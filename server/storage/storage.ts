/**
 * Everything the server asks of its database, behind one interface so SQLite (embedded,
 * the default) and PostgreSQL (many instances, one database) pass the same tests.
 * Methods are async even though better-sqlite3 is synchronous, because PostgreSQL is not.
 */
export type StorageKind = 'sqlite' | 'postgres';

export interface AppliedMigration {
  version: number;
  name: string;
}

export interface Storage {
  readonly kind: StorageKind;
  /** Applies pending migrations in order, all in one transaction; returns those it applied. */
  migrate(): Promise<AppliedMigration[]>;
  /** Resolves when the database answers; rejects with `storage/unavailable` when it does not. */
  checkHealth(): Promise<void>;
  /** Returns this installation's id, storing `candidate` as the id when none exists yet. */
  ensureInstanceId(candidate: string): Promise<string>;
  /** Waits for nothing: callers stop sending queries first (see start-server.ts). */
  close(): Promise<void>;
}
