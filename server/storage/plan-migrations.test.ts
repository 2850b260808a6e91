import { describe, expect, it } from 'vitest';
import type { Migration } from './load-migrations';
import { planMigrations } from './plan-migrations';

const known: Migration[] = [
  { version: 1, name: 'initial', sql: '' },
  { version: 2, name: 'events', sql: '' },
  { version: 3, name: 'rosters', sql: '' },
];

describe('planMigrations', () => {
  it('plans every migration for an empty database', () => {
    expect(planMigrations(known, []).map((m) => m.version)).toEqual([1, 2, 3]);
  });

  it('plans only the ones not yet applied, in order', () => {
    expect(planMigrations(known, [{ version: 1, name: 'initial' }]).map((m) => m.version)).toEqual([2, 3]);
  });

  it('plans nothing when all are applied', () => {
    const applied = known.map(({ version, name }) => ({ version, name }));
    expect(planMigrations(known, applied)).toEqual([]);
  });

  it('refuses a database migrated by a newer Sabil', () => {
    expect(() => planMigrations(known, [{ version: 4, name: 'future' }])).toThrow(
      expect.objectContaining({ code: 'storage/schema-too-new', params: { found: 4, known: 3 } }),
    );
  });

  it('refuses a history whose applied migration now has another name', () => {
    expect(() => planMigrations(known, [{ version: 2, name: 'renamed' }])).toThrow(
      expect.objectContaining({ code: 'storage/bad-migration', params: { file: '002-renamed.sql', reason: 'renamed' } }),
    );
  });
});
