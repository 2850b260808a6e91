/**
 * Assignments for tests, valid by the shared schema, with fixed ids so the tests read as sentences.
 */
import type { AssignmentRecord } from './assignment-schema';

export const TEST_CLASS_ID = '0a1b2c3d-0000-4000-8000-000000000001';
export const TEST_TEACHER_ID = '0a1b2c3d-0000-4000-8000-0000000000aa';
export const testLearnerId = (n: number) => `0a1b2c3d-0000-4000-8000-${String(n).padStart(12, '0')}1`.slice(0, 36);

export function testAssignment(n: number, overrides: Partial<AssignmentRecord> = {}): AssignmentRecord {
  return {
    id: `0197a000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    classId: TEST_CLASS_ID,
    target: { kind: 'class' },
    item: { kind: 'lesson', packId: 'numbers-1', lessonId: 'counting' },
    title: 'Counting to ten',
    dueDay: null,
    live: null,
    cancelled: false,
    createdBy: TEST_TEACHER_ID,
    createdAt: 1_700_000_000_000,
    revision: 1,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}
