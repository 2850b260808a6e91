/**
 * Chooses the backend: PostgreSQL when DATABASE_URL is set (config.ts accepts only postgres:// and
 * postgresql://), else the embedded SQLite file in DATA_DIR. The server, `npm start`'s demo packs,
 * `npm run pack -- publish` and `npm run admin` all open storage here, so they agree on where it is.
 */
import { openPostgresStorage } from './postgres/open-postgres-storage';
import { openSqliteStorage } from './sqlite/open-sqlite-storage';
import type { Storage } from './storage';

export interface StorageLocation {
  dataDir: string;
  databaseUrl?: string;
  /** PostgreSQL: an idle connection failed; the pool replaces it, this only reports it. */
  onIdleError?: (error: Error) => void;
}

export function openStorage(location: StorageLocation): Storage {
  if (location.databaseUrl) return openPostgresStorage({ url: location.databaseUrl, ...(location.onIdleError ? { onIdleError: location.onIdleError } : {}) });
  return openSqliteStorage({ dataDir: location.dataDir });
}
