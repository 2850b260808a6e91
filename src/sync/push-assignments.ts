/**
 * The assignments part of a push (docs/sync.md, "Assignments"): the versions waiting to be sent
 * ride with the first event batch when they fit (≤ 100 per request, within the 256 KiB limit),
 * else in requests of their own with `events: []`; each answer's `assignments.acked/refused`
 * is applied to exactly the versions that request carried. An older server leaves the field out:
 * then nothing changes and they are sent again next time.
 */
import type { AssignmentRecord } from '../core/assignments/index';
import type { AssignmentRefusal, SabilDatabase } from '../data/db';
import { listAssignmentsToSend, markAssignmentsRefused, markAssignmentsSent } from '../data/assignments-repo';
import { ENVELOPE_RESERVE_BYTES, MAX_BATCH_JSON_BYTES, batchByJsonSize, jsonBytes, type WireEvent } from './batch-events';

export const MAX_PUSH_ASSIGNMENTS = 100;
const MAX_JSON_BYTES = MAX_BATCH_JSON_BYTES - ENVELOPE_RESERVE_BYTES;

export interface PushRequest {
  events: WireEvent[];
  assignments: AssignmentRecord[];
}

export interface AssignmentsAnswer {
  acked: { id: string; revision: number }[];
  refused: { id: string | null; reason: AssignmentRefusal }[];
}

/** Waiting assignments cut into groups of at most 100 that fit a request on their own. */
export function batchAssignments(records: readonly AssignmentRecord[], maxJsonBytes = MAX_JSON_BYTES): AssignmentRecord[][] {
  return batchByJsonSize(records, { maxItems: MAX_PUSH_ASSIGNMENTS, maxJsonBytes });
}

/** The requests of one push: each event batch, the first carrying the first assignments when both fit. */
export function planPushRequests(eventBatches: readonly WireEvent[][], assignmentBatches: readonly AssignmentRecord[][], maxJsonBytes = MAX_JSON_BYTES): PushRequest[] {
  const requests: PushRequest[] = eventBatches.map((events) => ({ events, assignments: [] }));
  const [first, ...rest] = assignmentBatches;
  if (!first) return requests;
  const head = requests[0];
  if (head && jsonBytes(head.events) + jsonBytes(first) <= maxJsonBytes) head.assignments = first;
  else requests.push({ events: [], assignments: first });
  return [...requests, ...rest.map((assignments) => ({ events: [], assignments }))];
}

export async function listAssignmentBatches(db: SabilDatabase): Promise<AssignmentRecord[][]> {
  return batchAssignments(await listAssignmentsToSend(db));
}

/** Applies what the server said about the assignments one request carried. */
export async function applyAssignmentsAnswer(db: SabilDatabase, sent: readonly AssignmentRecord[], answer: AssignmentsAnswer | undefined): Promise<void> {
  if (sent.length === 0 || !answer) return;
  await markAssignmentsSent(db, answer.acked, sent);
  await markAssignmentsRefused(db, answer.refused, sent);
}
