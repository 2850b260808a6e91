/**
 * Failed-attempt limits with a growing lockout, kept in the database so they survive a restart
 * and hold across instances. Each key (`sign-in:login:amina`, `enrol:address:10.0.0.7`) may fail
 * `freeAttempts` times within `windowMs`; from then on every failure locks the key for
 * `baseLockMs`, doubling with each further failure, up to `maxLockMs`. A success on an account key
 * clears it. Each failure is counted in one transaction on the key's row, so failures racing on
 * one key, from one instance or several, are all counted.
 */
import { SabilError } from '../../src/core/errors/index';
import type { Storage } from '../storage/storage';

export interface RateLimitPolicy {
  freeAttempts: number;
  windowMs: number;
  baseLockMs: number;
  maxLockMs: number;
}

const MINUTE = 60_000;

export const RATE_LIMITS = {
  /** Per account: a person who forgot their password, not a robot. */
  signInLogin: { freeAttempts: 5, windowMs: 15 * MINUTE, baseLockMs: 30_000, maxLockMs: 60 * MINUTE },
  /** Per address: a classroom behind one router shares it, so more room. */
  signInAddress: { freeAttempts: 20, windowMs: 15 * MINUTE, baseLockMs: 30_000, maxLockMs: 60 * MINUTE },
  /** Per address, for enrolment and setup codes: 50-bit codes, so a few tries an hour is plenty. */
  code: { freeAttempts: 10, windowMs: 15 * MINUTE, baseLockMs: 60_000, maxLockMs: 60 * MINUTE },
} satisfies Record<string, RateLimitPolicy>;

/** Throws `auth/rate-limited` with `retryAfterSeconds` while the key is locked. */
export async function assertNotLocked(storage: Storage, key: string, now: Date): Promise<void> {
  const row = await storage.getRateLimit(key);
  if (row?.lockedUntil && row.lockedUntil > now.toISOString()) {
    const retryAfterSeconds = Math.max(1, Math.ceil((Date.parse(row.lockedUntil) - now.getTime()) / 1000));
    throw new SabilError('auth/rate-limited', { retryAfterSeconds });
  }
}

export async function recordFailure(storage: Storage, key: string, policy: RateLimitPolicy, now: Date): Promise<void> {
  await storage.updateRateLimit(key, (row) => {
    const isLocked = row?.lockedUntil !== undefined && Date.parse(row.lockedUntil) + policy.windowMs > now.getTime();
    const isFresh = !row || (!isLocked && now.getTime() - Date.parse(row.windowStart) > policy.windowMs);
    const count = isFresh ? 1 : row.count + 1;
    const windowStart = isFresh ? now.toISOString() : row.windowStart;
    const excess = count - policy.freeAttempts;
    const lockMs = excess >= 0 ? Math.min(policy.maxLockMs, policy.baseLockMs * 2 ** Math.min(excess, 20)) : 0;
    return { key, windowStart, count, ...(lockMs > 0 ? { lockedUntil: new Date(now.getTime() + lockMs).toISOString() } : {}) };
  });
}

export async function clearFailures(storage: Storage, key: string): Promise<void> {
  await storage.deleteRateLimit(key);
}
