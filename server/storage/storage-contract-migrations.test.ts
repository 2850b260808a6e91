/**
 * The storage contract, part 1: migrations, instance id and health, on whichever backend this
 * test project runs (SQLite in `unit`, PostgreSQL in `postgres`; see vitest.config.ts).
 */
import { describe, expect, it } from 'vitest';
import { newTestDatabase, testStorageKind } from '../testing/test-storage';
import { loadMigrations } from './load-migrations';

describe(`storage on ${testStorageKind()}: migrations`, () => {
  it('applies each shipped migration once, and nothing on a second run or after reopening', async () => {
    const database = await newTestDatabase();
    const shipped = loadMigrations().map(({ version, name }) => ({ version, name }));
    const first = database.open();
    expect(await first.migrate()).toEqual(shipped);
    expect(shipped[0]).toEqual({ version: 1, name: 'initial' });
    expect(await first.migrate()).toEqual([]);
    await first.close();
    const again = database.open();
    expect(await again.migrate()).toEqual([]);
    expect(again.kind).toBe(testStorageKind());
  });

  it('applies a later migration on a database that already has the earlier ones', async () => {
    const database = await newTestDatabase();
    const shipped = loadMigrations();
    await database.open({ migrations: shipped }).migrate();
    const next = { version: shipped.length + 1, name: 'notes', sql: 'CREATE TABLE notes (id TEXT PRIMARY KEY);' };
    expect(await database.open({ migrations: [...shipped, next] }).migrate()).toEqual([{ version: next.version, name: 'notes' }]);
  });

  it('applies nothing when one pending migration fails, because all run in one transaction', async () => {
    const database = await newTestDatabase();
    const good = { version: 1, name: 'good', sql: 'CREATE TABLE a (id TEXT PRIMARY KEY);' };
    const bad = { version: 2, name: 'bad', sql: 'CREATE TABLE b (oops' };
    await expect(database.open({ migrations: [good, bad] }).migrate()).rejects.toThrow();
    // Table a was rolled back too, or creating it again would fail.
    expect(await database.open({ migrations: [good] }).migrate()).toEqual([{ version: 1, name: 'good' }]);
  });

  it('refuses a database that a newer Sabil has migrated', async () => {
    const database = await newTestDatabase();
    const shipped = loadMigrations();
    await database.open({ migrations: [...shipped, { version: shipped.length + 1, name: 'from-the-future', sql: 'SELECT 1;' }] }).migrate();
    await expect(database.open().migrate()).rejects.toMatchObject({
      code: 'storage/schema-too-new',
      params: { found: shipped.length + 1, known: shipped.length },
    });
  });

  it('keeps the instance id created on first start', async () => {
    const database = await newTestDatabase();
    const first = database.open();
    await first.migrate();
    expect(await first.ensureInstanceId('id-1')).toBe('id-1');
    const second = database.open();
    await second.migrate();
    expect(await second.ensureInstanceId('id-2')).toBe('id-1');
  });

  it('answers the health check while open and rejects with storage/unavailable once closed', async () => {
    const storage = (await newTestDatabase()).open();
    await expect(storage.checkHealth()).resolves.toBeUndefined();
    await storage.close();
    await expect(storage.checkHealth()).rejects.toMatchObject({ code: 'storage/unavailable', params: { kind: testStorageKind() } });
  });
});
