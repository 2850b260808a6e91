/**
 * Reads pack files from the app's IndexedDB database in the service worker. The worker may not
 * import src/data, and Dexie would triple the worker's size (it is downloaded on every update,
 * often over a slow link), so this is plain IndexedDB: open `sabil` at whatever version the page
 * made, never create or upgrade it, and let go when the page wants to upgrade it.
 */
import type { StoredMedia } from './media-response';

export type FindMedia = (sha256: string) => Promise<StoredMedia | undefined>;

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The existing database, or undefined when the app has not made it yet. */
function openExisting(name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    let isNew = false;
    // Opening without a version creates a missing database: abort, so the page still creates it
    // from scratch with its own schema.
    request.onupgradeneeded = () => {
      isNew = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      if (!isNew) return reject(request.error);
      event.preventDefault();
      resolve(undefined);
    };
  });
}

function isStoredMedia(row: unknown): row is StoredMedia {
  const candidate = row as Partial<StoredMedia> | undefined;
  return candidate?.blob instanceof Blob && typeof candidate.type === 'string';
}

export function createMediaStore(name = 'sabil'): FindMedia {
  let connection: Promise<IDBDatabase | undefined> | undefined;

  async function database(): Promise<IDBDatabase | undefined> {
    connection ??= openExisting(name).then((db) => {
      if (!db) connection = undefined;
      else {
        // The page is upgrading (or deleting) the database: close, and reopen on the next request.
        db.onversionchange = () => {
          db.close();
          connection = undefined;
        };
        db.onclose = () => (connection = undefined);
      }
      return db;
    }, (error: unknown) => {
      connection = undefined;
      throw error;
    });
    return connection;
  }

  return async (sha256) => {
    const db = await database();
    // Before the page has upgraded the database to version 2 there is no assets table.
    if (!db?.objectStoreNames.contains('assets')) return undefined;
    const row: unknown = await requestResult(db.transaction('assets', 'readonly').objectStore('assets').get(sha256));
    return isStoredMedia(row) ? { blob: row.blob, type: row.type } : undefined;
  };
}
