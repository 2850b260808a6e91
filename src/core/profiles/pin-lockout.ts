/**
 * PIN attempt accounting: after MAX_TRIES wrong PINs in a row the profile locks for 30 s,
 * and each further lockout doubles the wait. Time comes in as an argument (ms since epoch).
 */
export const MAX_TRIES = 5;
export const FIRST_LOCKOUT_MS = 30_000;

export interface PinAttempts {
  failures: number;
  lockouts: number;
  lockedUntil: number | null;
}

export const NO_ATTEMPTS: PinAttempts = { failures: 0, lockouts: 0, lockedUntil: null };

export function lockRemainingMs(state: PinAttempts, now: number): number {
  return state.lockedUntil === null ? 0 : Math.max(0, state.lockedUntil - now);
}

export function recordWrongPin(state: PinAttempts, now: number): PinAttempts {
  const failures = state.failures + 1;
  if (failures < MAX_TRIES) return { ...state, failures };
  const lockouts = state.lockouts + 1;
  return { failures: 0, lockouts, lockedUntil: now + FIRST_LOCKOUT_MS * 2 ** (lockouts - 1) };
}

export function recordRightPin(): PinAttempts {
  return NO_ATTEMPTS;
}

export function triesLeft(state: PinAttempts): number {
  return MAX_TRIES - state.failures;
}
