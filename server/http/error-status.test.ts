import { describe, expect, it } from 'vitest';
import { statusForCode } from './error-status';

describe('statusForCode', () => {
  it.each([
    ['pack/not-found', 404],
    ['pack/version-exists', 409],
    ['pack/bad-signature', 422],
    ['pack/untrusted-key', 422],
    ['pack/too-large', 422],
    ['http/not-found', 404],
    ['storage/unavailable', 503],
  ] as const)('answers %s with %i', (code, status) => {
    expect(statusForCode(code)).toBe(status);
  });

  it('keeps start-up faults on the server', () => {
    expect(statusForCode('storage/data-dir-unwritable')).toBeUndefined();
    expect(statusForCode('config/bad-trusted-key')).toBeUndefined();
  });
});
