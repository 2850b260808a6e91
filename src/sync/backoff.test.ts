import { describe, expect, it } from 'vitest';
import { backoffDelay, retryAfterDelay, SYNC_BACKOFF } from './backoff';

describe('backoffDelay', () => {
  it('waits nothing before the first failure', () => {
    expect(backoffDelay(0, () => 0.99)).toBe(0);
  });

  it.each([
    [1, 2_000],
    [2, 4_000],
    [3, 8_000],
    [8, 256_000],
    [9, 300_000],
    [10_000, 300_000],
  ])('after %i failures never waits longer than %i ms', (failures, ceiling) => {
    expect(backoffDelay(failures, () => 0.999_999)).toBe(Math.floor(0.999_999 * ceiling));
  });

  it('spreads the delay over the whole range (full jitter)', () => {
    expect(backoffDelay(3, () => 0)).toBe(0);
    expect(backoffDelay(3, () => 0.5)).toBe(4_000);
  });

  it('keeps a finite delay after any number of failures, so retrying never stops', () => {
    for (const failures of [1, 50, 1_000, 1e9]) expect(Number.isFinite(backoffDelay(failures, () => 0.5))).toBe(true);
    expect(backoffDelay(1e9, () => 0.5)).toBe(SYNC_BACKOFF.capMs / 2);
  });
});

describe('retryAfterDelay', () => {
  it('waits at least what the server asked, plus up to a tenth of it at random', () => {
    expect(retryAfterDelay(60_000, () => 0)).toBe(60_000);
    expect(retryAfterDelay(60_000, () => 0.999)).toBe(65_994);
  });

  it('adds up to a second of jitter to a short wait', () => {
    expect(retryAfterDelay(0, () => 0.5)).toBe(500);
  });
});
