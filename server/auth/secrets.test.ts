import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, generatePassword, newToken, normaliseCode, randomCode, sha256Hex } from './secrets';

describe('secrets', () => {
  it('makes 32-byte base64url tokens and stores them as SHA-256 hex', () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sha256Hex(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(newToken()).not.toBe(token);
  });

  it('makes 10-character codes from Crockford base32 only', () => {
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(CODE_ALPHABET).not.toMatch(/[ILOU]/);
    for (let i = 0; i < 200; i++) expect(randomCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
  });

  it.each([
    ['abcde-fghjk', 'ABCDEFGHJK'],
    [' ABCDE FGHJK ', 'ABCDEFGHJK'],
    ['o1lI0abcde', '0111' + '0ABCDE'],
  ])('reads %j as typed by a person', (typed, code) => {
    expect(normaliseCode(typed)).toBe(code);
  });

  it.each(['', 'ABCDEFGHJ', 'ABCDEFGHJKM', 'ABCDEFGHJU', 'ABCDÉFGHJK'])('refuses %j as malformed', (typed) => {
    expect(normaliseCode(typed)).toBeUndefined();
  });

  it('generates passwords of four groups of four code characters', () => {
    expect(generatePassword()).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}$/);
  });
});
