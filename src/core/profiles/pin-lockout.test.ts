import { describe, expect, it } from 'vitest';
import { NO_ATTEMPTS, lockRemainingMs, recordRightPin, recordWrongPin, triesLeft, type PinAttempts } from './pin-lockout';

function fail(state: PinAttempts, times: number, now: number): PinAttempts {
  let next = state;
  for (let i = 0; i < times; i++) next = recordWrongPin(next, now);
  return next;
}

describe('PIN lockout', () => {
  it('allows four wrong tries without locking and counts down the tries left', () => {
    const state = fail(NO_ATTEMPTS, 4, 1000);
    expect(lockRemainingMs(state, 1000)).toBe(0);
    expect(triesLeft(state)).toBe(1);
  });

  it('locks for 30 seconds after the fifth wrong try', () => {
    const state = fail(NO_ATTEMPTS, 5, 1000);
    expect(lockRemainingMs(state, 1000)).toBe(30_000);
    expect(lockRemainingMs(state, 31_000)).toBe(0);
  });

  it('doubles the wait with each further lockout', () => {
    const first = fail(NO_ATTEMPTS, 5, 0);
    const second = fail(first, 5, 40_000);
    const third = fail(second, 5, 200_000);
    expect(lockRemainingMs(second, 40_000)).toBe(60_000);
    expect(lockRemainingMs(third, 200_000)).toBe(120_000);
  });

  it('forgets everything after the right PIN', () => {
    expect(recordRightPin()).toEqual(NO_ATTEMPTS);
  });
});
