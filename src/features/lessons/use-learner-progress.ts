/** The active learner's progress, folded from their events on this device. */
import { useEffect, useState } from 'preact/hooks';
import { foldProgress, type LearnerEvent, type LearnerProgress } from '../../core/progress/index';
import { listEvents } from '../../data/events-repo';
import type { SabilDatabase } from '../../data/db';

export async function loadProgress(db: SabilDatabase, learnerId: string): Promise<LearnerProgress> {
  const events = await listEvents(db, learnerId);
  return foldProgress(events as unknown as LearnerEvent[]); // rows hold { type, data } written by appendEvent
}

export function useLearnerProgress(db: SabilDatabase, learnerId: string | undefined): LearnerProgress | null {
  const [progress, setProgress] = useState<LearnerProgress | null>(null);
  useEffect(() => {
    if (learnerId) void loadProgress(db, learnerId).then(setProgress);
  }, [learnerId]);
  return progress;
}
