import { describe, expect, it } from 'vitest';
import { chunks, isUniqueViolation, MAX_PARAMS, toPositional } from './postgres-rows';

describe('toPositional', () => {
  it.each([
    ['SELECT 1', 'SELECT 1'],
    ['SELECT * FROM t WHERE a = ? AND b IN (?, ?)', 'SELECT * FROM t WHERE a = $1 AND b IN ($2, $3)'],
    ["SELECT '?' AS q, \"what?\" FROM t WHERE a = ?", "SELECT '?' AS q, \"what?\" FROM t WHERE a = $1"],
    ["SELECT 'it''s ?' WHERE a = ?", "SELECT 'it''s ?' WHERE a = $1"],
    ['SELECT ? -- why?\n, ?', 'SELECT $1 -- why?\n, $2'],
  ])('turns %j into %j', (sql, expected) => {
    expect(toPositional(sql)).toBe(expected);
  });
});

describe('isUniqueViolation', () => {
  it('recognises SQLSTATE 23505, and the constraint when one is named', () => {
    const error = Object.assign(new Error('duplicate key'), { code: '23505', constraint: 'users_login_key' });
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, 'users_login_key')).toBe(true);
    expect(isUniqueViolation(error, 'other')).toBe(false);
    expect(isUniqueViolation(new Error('x'))).toBe(false);
  });
});

describe('chunks', () => {
  it('cuts a list into runs of at most the given size, keeping the order', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 3)).toEqual([]);
  });

  it('keeps 6,000 events of 13 values in statements under the parameter limit', () => {
    const parts = chunks(Array.from({ length: 6_000 }, (_, i) => i), Math.floor(MAX_PARAMS / 13));
    expect(parts.map((p) => p.length)).toEqual([5_041, 959]);
    expect(Math.max(...parts.map((p) => p.length * 13))).toBeLessThanOrEqual(MAX_PARAMS);
  });
});
