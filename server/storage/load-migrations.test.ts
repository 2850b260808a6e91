import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeFileTree } from '../testing/temp-dir';
import { loadMigrations } from './load-migrations';

function folder(files: Record<string, string>): URL {
  return pathToFileURL(makeFileTree(files) + '/');
}

describe('loadMigrations', () => {
  it('finds the shipped migrations beside the module, starting with 001-initial', () => {
    const [first] = loadMigrations();
    expect(first).toMatchObject({ version: 1, name: 'initial' });
    expect(first?.sql).toContain('CREATE TABLE server_meta');
  });

  it('returns migrations in version order and ignores files that are not SQL', () => {
    const dir = folder({ '002-b.sql': 'B', '001-a.sql': 'A', 'README.md': 'x' });
    expect(loadMigrations(dir)).toEqual([
      { version: 1, name: 'a', sql: 'A' },
      { version: 2, name: 'b', sql: 'B' },
    ]);
  });

  it.each([
    [{ '001-a.sql': '', '003-c.sql': '' }, '003-c.sql', 'sequence'],
    [{ '001-a.sql': '', '001-b.sql': '' }, '001-b.sql', 'sequence'],
    [{ '1-a.sql': '' }, '1-a.sql', 'name'],
    [{ '001_Initial.sql': '' }, '001_Initial.sql', 'name'],
  ])('refuses %j', (files, file, reason) => {
    expect(() => loadMigrations(folder(files))).toThrow(expect.objectContaining({ code: 'storage/bad-migration', params: { file, reason } }));
  });
});
