/**
 * How long to wait before the next try after failures: "full jitter" exponential backoff
 * (a random delay between 0 and min(cap, base × 2^(failures − 1))), so a classroom of tablets
 * coming back online does not hit the server in step. There is no last try: sync retries forever.
 */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const SYNC_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 5 * 60_000 };

/** `random` returns a number in [0, 1), like Math.random (tests pass a seeded one). */
export function backoffDelay(failures: number, random: () => number, policy: BackoffPolicy = SYNC_BACKOFF): number {
  if (failures <= 0) return 0;
  // 2^(failures − 1) overflows to Infinity past ~1000 failures; min() keeps the cap.
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(failures - 1, 60));
  return Math.floor(random() * ceiling);
}

/**
 * The wait after a server said `Retry-After`: at least what it asked, plus a random part (a tenth
 * of it, at least a second) so devices told the same second do not arrive in the same instant.
 * Small on purpose: Sabil's server already gives each refused device its own second
 * (server/sync/push-gate.ts); a wide jitter here would leave it idle between arrivals.
 */
export function retryAfterDelay(retryAfterMs: number, random: () => number): number {
  return retryAfterMs + Math.floor(random() * Math.max(1_000, retryAfterMs / 10));
}
