import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { toStorageError } from './storage-errors';

describe('toStorageError', () => {
  it('names a full disk as quota-exceeded, also when Dexie wrapped it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(toStorageError(quota).code).toBe('storage/quota-exceeded');
    expect(toStorageError(new Dexie.AbortError('aborted', quota)).code).toBe('storage/quota-exceeded');
  });

  it('names a missing IndexedDB as unavailable', async () => {
    // Dexie looks for indexedDB when opening; without it (private mode on old browsers) it fails.
    const failure = await new Dexie('x', { indexedDB: undefined as unknown as IDBFactory, IDBKeyRange }).open().catch((e: unknown) => e);
    expect(toStorageError(failure).code).toBe('storage/unavailable');
  });

  it('keeps other failures as storage/failed with the name, never swallowing them', () => {
    const error = toStorageError(new DOMException('x', 'DataError'));
    expect(error.code).toBe('storage/failed');
    expect(error.params).toEqual({ name: 'DataError' });
    expect(error.cause).toBeInstanceOf(DOMException);
  });
});
