import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './pull-cursor';

describe('the pull cursor', () => {
  it('gives back the sequence it was made with, for the same school', () => {
    expect(decodeCursor(encodeCursor('school-a', 0), 'school-a')).toBe(0);
    expect(decodeCursor(encodeCursor('school-a', 123456), 'school-a')).toBe(123456);
  });

  it.each(['', 'v1.5', 'v2.5.000000000000', '5', 'v1.-1.000000000000', 'v1.1e3.000000000000'])('refuses %j with sync/bad-cursor', (cursor) => {
    expect(() => decodeCursor(cursor, 'school-a')).toThrow(expect.objectContaining({ code: 'sync/bad-cursor' }));
  });

  it('refuses a cursor of another school', () => {
    expect(() => decodeCursor(encodeCursor('school-b', 3), 'school-a')).toThrow(expect.objectContaining({ code: 'sync/bad-cursor' }));
  });
});
