import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAssignmentVersions } from './assignment-order';
import { testAssignment } from './test-assignments';

describe('compareAssignmentVersions', () => {
  it('lets the higher revision win, whatever its clock says', () => {
    expect(compareAssignmentVersions(testAssignment(1, { revision: 3, updatedAt: 1 }), testAssignment(1, { revision: 2, updatedAt: 9 }))).toBeGreaterThan(0);
  });

  it('lets the later change win between equal revisions', () => {
    expect(compareAssignmentVersions(testAssignment(1, { revision: 2, updatedAt: 5 }), testAssignment(1, { revision: 2, updatedAt: 9 }))).toBeLessThan(0);
  });

  it('says 0 only for the same content', () => {
    expect(compareAssignmentVersions(testAssignment(1), testAssignment(1))).toBe(0);
    expect(compareAssignmentVersions(testAssignment(1, { title: 'A' }), testAssignment(1, { title: 'B' }))).not.toBe(0);
  });

  it('picks the same winner in either order, so every device and the server keep the same version', () => {
    const version = fc.record({ revision: fc.integer({ min: 1, max: 3 }), updatedAt: fc.integer({ min: 0, max: 3 }), cancelled: fc.boolean(), title: fc.constantFrom('A', 'B') });
    fc.assert(fc.property(version, version, (x, y) => {
      const a = testAssignment(1, x);
      const b = testAssignment(1, y);
      expect(Math.sign(compareAssignmentVersions(a, b)) + Math.sign(compareAssignmentVersions(b, a))).toBe(0);
    }));
  });
});
