/**
 * The `assignments` of a push (docs/sync.md, "Assignments"): at most 100, each checked with the
 * shared schema. One the schema refuses is answered `assignment/invalid` (named by its id when it
 * has a string one); the storage checks the rest against the school in the push's transaction.
 */
import { assignmentDigest, parseAssignment } from '../../src/core/assignments/index';
import { SabilError } from '../../src/core/errors/index';
import type { PushedAssignment } from '../storage/sync-storage';

export const MAX_PUSH_ASSIGNMENTS = 100;

function rawId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  return typeof raw.id === 'string' && raw.id.length <= 100 ? raw.id : null;
}

/** Throws `sync/batch-too-large` over the limit; otherwise one item per assignment, in order. */
export function toPushedAssignments(raw: readonly unknown[] | undefined): PushedAssignment[] {
  if (raw === undefined) return [];
  if (raw.length > MAX_PUSH_ASSIGNMENTS) throw new SabilError('sync/batch-too-large', { maxAssignments: MAX_PUSH_ASSIGNMENTS });
  return raw.map((item): PushedAssignment => {
    const parsed = parseAssignment(item);
    return parsed.ok ? { kind: 'assignment', assignment: parsed.assignment, digest: assignmentDigest(parsed.assignment) } : { kind: 'refused', id: rawId(item) };
  });
}
