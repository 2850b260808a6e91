/**
 * Cuts one pull page out of two lists read past the cursor: events and assignment changes, each
 * oldest first and each at most `limit + 1` long. Both take values of the school's one sequence,
 * so merged by it they are the scope's changes in order; the page is the first `limit` of them,
 * and the next cursor is the last one's sequence (the head on the last page). An assignment and
 * an event can never share a sequence value, so the cut never splits one.
 */
export interface PulledPage<E, A> {
  events: E[];
  assignments: A[];
  more: boolean;
  nextAfterSeq: number;
}

export function cutPullPage<E extends { serverSeq: number }, A extends { serverSeq: number }>(
  events: readonly E[],
  assignments: readonly A[],
  limit: number,
  head: number,
): PulledPage<E, A> {
  const merged = [...events.map((e) => e.serverSeq), ...assignments.map((a) => a.serverSeq)].sort((x, y) => x - y);
  const more = merged.length > limit;
  const last = more ? merged[limit - 1]! : head; // limit ≥ 1, and more means at least limit + 1 values
  return {
    events: events.filter((e) => e.serverSeq <= last),
    assignments: assignments.filter((a) => a.serverSeq <= last),
    more,
    nextAfterSeq: last,
  };
}
