/**
 * Everything the server asks of its database, behind one interface so SQLite (embedded,
 * the default) and PostgreSQL (many instances, one database) pass the same tests.
 * Methods are async even though better-sqlite3 is synchronous, because PostgreSQL is not.
 */
import type { AccountStorage } from './account-storage';
import type { ReportStorage } from './report-storage';
import type { SyncStorage } from './sync-storage';

export type StorageKind = 'sqlite' | 'postgres';

export interface AppliedMigration {
  version: number;
  name: string;
}

/** One published version of a lesson pack, as the catalogue records it. */
export interface CatalogueEntry {
  id: string;
  version: string;
  publisherKeyId: string;
  /** Language code → title, every language the pack declares. */
  titles: Record<string, string>;
  languages: string[];
  sizeBytes: number;
  /** SHA-256 of the zip, lowercase hex. */
  sha256: string;
  /** Name of the zip under `<DATA_DIR>/packs/`. */
  fileName: string;
  /** ISO 8601, UTC. */
  publishedAt: string;
}

/** `exists`: a row for that id and version was already there (maybe with other bytes); it is unchanged. */
export type PublishOutcome = { kind: 'published' } | { kind: 'exists'; current: CatalogueEntry };

export interface Storage extends AccountStorage, SyncStorage, ReportStorage {
  readonly kind: StorageKind;
  /** Applies pending migrations in order, all in one transaction; returns those it applied. */
  migrate(): Promise<AppliedMigration[]>;
  /** Resolves when the database answers; rejects with `storage/unavailable` when it does not. */
  checkHealth(): Promise<void>;
  /** Returns this installation's id, storing `candidate` as the id when none exists yet. */
  ensureInstanceId(candidate: string): Promise<string>;
  /** Records a pack version unless one with the same id and version exists; never overwrites. */
  publishPack(entry: CatalogueEntry): Promise<PublishOutcome>;
  /** Every published version of every pack, by id, then oldest first. */
  listPacks(): Promise<CatalogueEntry[]>;
  getPack(id: string, version: string): Promise<CatalogueEntry | undefined>;
  /** Waits for nothing: callers stop sending queries first (see start-server.ts). */
  close(): Promise<void>;
}
