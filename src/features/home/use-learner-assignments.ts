/**
 * The active learner's "assigned to you" list, read once per learner. The reading code (and the
 * assignment schema it brings) loads only when a learner's home opens, not on the first screen.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LearnerAssignments } from '../../core/assignments/index';
import type { LearnerRow, SabilDatabase } from '../../data/db';

/** The device's calendar day, `YYYY-MM-DD` (the Canadian English format is exactly that). */
export function deviceToday(now = new Date()): string {
  return now.toLocaleDateString('en-CA');
}

export function useLearnerAssignments(db: SabilDatabase, learner: LearnerRow | null): { list: LearnerAssignments | null; error: unknown } {
  const [list, setList] = useState<LearnerAssignments | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!learner) return;
    let isCurrent = true;
    import('./load-learner-assignments')
      .then(({ loadLearnerAssignments }) => loadLearnerAssignments(db, learner, deviceToday()))
      .then((found) => isCurrent && setList(found), (failure: unknown) => isCurrent && setError(failure));
    return () => {
      isCurrent = false;
    };
  }, [db, learner?.id]);
  return { list, error };
}
