/** The learners a report is about (a class, or one device's profiles), in the order given. */
export interface ReportLearner {
  id: string;
  displayName: string;
}

/** Events grouped by learner, for the given learners only (others' events are not this class's). */
export function eventsByLearner<E extends { learnerId: string }>(learners: readonly ReportLearner[], events: readonly E[]): Map<string, E[]> {
  const byLearner = new Map<string, E[]>(learners.map((learner) => [learner.id, []]));
  for (const event of events) byLearner.get(event.learnerId)?.push(event);
  return byLearner;
}
