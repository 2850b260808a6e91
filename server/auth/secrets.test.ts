import { describe, expect, it } from 'vitest';
import { generatePassword, newToken, randomCode, sha256Hex } from './secrets';

describe('secrets', () => {
  it('makes 32-byte base64url tokens and stores them as SHA-256 hex', () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sha256Hex(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(newToken()).not.toBe(token);
  });

  it('makes 10-character codes from Crockford base32 only', () => {
    for (let i = 0; i < 200; i++) expect(randomCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
  });

  it('generates passwords of four groups of four code characters', () => {
    expect(generatePassword()).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}$/);
  });
});
