import { describe, expect, it } from 'vitest';
import { NO_FAULTS, parseSyncFaults } from './sync-faults';

const crashes = () => {
  throw new Error('crashed');
};

describe('SABIL_FAULTS', () => {
  it('arms nothing when unset or empty', () => {
    expect(parseSyncFaults(undefined)).toBe(NO_FAULTS);
    expect(parseSyncFaults('  ')).toBe(NO_FAULTS);
  });

  it('crashes at the named point of the named push only', () => {
    const faults = parseSyncFaults('crash-after-push-commit=2', crashes);
    const first = faults.nextPush();
    expect(() => faults.reach('crash-after-push-commit', first)).not.toThrow();
    const second = faults.nextPush();
    expect(() => faults.reach('crash-before-push-commit', second)).not.toThrow();
    expect(() => faults.reach('crash-after-push-commit', second)).toThrow('crashed');
  });

  it.each(['crash=1', 'crash-after-push-commit', 'crash-after-push-commit=0', 'crash-after-push-commit=x'])('refuses %j', (raw) => {
    expect(() => parseSyncFaults(raw, crashes)).toThrow(/SABIL_FAULTS/);
  });
});
