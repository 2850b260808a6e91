import { describe, expect, it } from 'vitest';
import { isUniqueViolation, toPositional } from './postgres-rows';

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
