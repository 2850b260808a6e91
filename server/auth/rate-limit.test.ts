import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../testing/test-app';
import { assertNotLocked, clearFailures, recordFailure, type RateLimitPolicy } from './rate-limit';

const policy: RateLimitPolicy = { freeAttempts: 3, windowMs: 60_000, baseLockMs: 10_000, maxLockMs: 40_000 };
const at = (seconds: number) => new Date(Date.UTC(2030, 0, 1, 8, 0, seconds));

describe('rate limits', () => {
  it('allow the free attempts, then lock for longer after each further failure, up to the cap', async () => {
    const { storage } = await makeTestApp();
    await recordFailure(storage, 'k', policy, at(0));
    await recordFailure(storage, 'k', policy, at(1));
    await expect(assertNotLocked(storage, 'k', at(2))).resolves.toBeUndefined();
    await recordFailure(storage, 'k', policy, at(2));
    await expect(assertNotLocked(storage, 'k', at(3))).rejects.toMatchObject({ code: 'auth/rate-limited', params: { retryAfterSeconds: 9 } });
    await expect(assertNotLocked(storage, 'k', at(12))).resolves.toBeUndefined();
    await recordFailure(storage, 'k', policy, at(12));
    await expect(assertNotLocked(storage, 'k', at(12))).rejects.toMatchObject({ params: { retryAfterSeconds: 20 } });
    await recordFailure(storage, 'k', policy, at(33));
    await expect(assertNotLocked(storage, 'k', at(33))).rejects.toMatchObject({ params: { retryAfterSeconds: 40 } });
    await recordFailure(storage, 'k', policy, at(74));
    await expect(assertNotLocked(storage, 'k', at(74))).rejects.toMatchObject({ params: { retryAfterSeconds: 40 } });
  });

  it('start counting again once a window passes without a lock', async () => {
    const { storage } = await makeTestApp();
    await recordFailure(storage, 'k', policy, at(0));
    await recordFailure(storage, 'k', policy, at(1));
    await recordFailure(storage, 'k', policy, at(62));
    await expect(assertNotLocked(storage, 'k', at(62))).resolves.toBeUndefined();
  });

  it('are cleared by a success', async () => {
    const { storage } = await makeTestApp();
    for (let i = 0; i < 3; i++) await recordFailure(storage, 'k', policy, at(i));
    await clearFailures(storage, 'k');
    await expect(assertNotLocked(storage, 'k', at(3))).resolves.toBeUndefined();
  });
});
