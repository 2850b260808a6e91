import { describe, expect, it } from 'vitest';
import { compareVersions } from './compare-versions';

describe('compareVersions', () => {
  it('follows the precedence example of semver.org', () => {
    const ordered = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0'];
    for (let i = 0; i + 1 < ordered.length; i++) {
      expect(compareVersions(ordered[i]!, ordered[i + 1]!)).toBeLessThan(0);
      expect(compareVersions(ordered[i + 1]!, ordered[i]!)).toBeGreaterThan(0);
    }
  });

  it.each([
    ['1.2.3', '1.10.0', -1],
    ['2.0.0', '1.99.99', 1],
    ['1.0.10', '1.0.9', 1],
    ['1.0.0', '1.0.0', 0],
    ['1.0.0+build.1', '1.0.0+build.2', 0],
    ['1.0.0-x-y.1', '1.0.0-x-y.2', -1],
  ])('compares %s with %s as %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
});
