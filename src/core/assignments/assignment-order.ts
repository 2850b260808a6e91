/**
 * Which of two versions of one assignment wins when two devices changed it apart (docs/assignments.md):
 * the higher revision, then the later `updatedAt`, then the larger canonical digest. The server and
 * every device apply the same rule, so all of them keep the same version whatever order they see them in.
 */
import { canonicalJson, sha256Hex } from '../events/event-digest';
import type { AssignmentRecord } from './assignment-schema';

/** Positive when `a` wins over `b`, negative when `b` wins, 0 when they are the same content. */
export function compareAssignmentVersions(a: AssignmentRecord, b: AssignmentRecord): number {
  if (a.revision !== b.revision) return a.revision - b.revision;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt - b.updatedAt;
  const da = assignmentDigest(a);
  const db = assignmentDigest(b);
  return da === db ? 0 : da > db ? 1 : -1;
}

/** SHA-256 of the canonical JSON: equal content, equal digest, on every device and the server. */
export function assignmentDigest(assignment: AssignmentRecord): string {
  return sha256Hex(canonicalJson(assignment));
}
